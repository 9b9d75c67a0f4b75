package org.statementmonitor.alerts.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads rules from a YAML file or from every {@code *.yml}/{@code *.yaml} file of a directory (in
 * name order). A rule whose name was already taken by an earlier file is refused; an unreadable file
 * is reported and the other files still load.
 */
public final class RuleFiles {

  /** Largest rules file read, in bytes. */
  public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

  private RuleFiles() {}

  /** Whether a path names a rules file. */
  public static boolean isRuleFile(Path file) {
    String name = file.getFileName().toString();
    return (name.endsWith(".yml") || name.endsWith(".yaml")) && !name.startsWith(".");
  }

  /** Reads every rule under {@code path}; a missing path holds no rules. */
  public static RuleParse load(Path path, RuleParser parser) {
    if (path == null || !Files.exists(path)) {
      return new RuleParse(List.of(), List.of());
    }
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(path)) {
      try (Stream<Path> list = Files.list(path)) {
        list.filter(Files::isRegularFile).filter(RuleFiles::isRuleFile).sorted().forEach(files::add);
      } catch (IOException e) {
        return new RuleParse(List.of(), List.of(RuleProblem.of(path.toString(), "*", "cannot list rules directory: " + e)));
      }
    } else {
      files.add(path);
    }
    RuleParse all = new RuleParse(List.of(), List.of());
    for (Path file : files) {
      all = all.plus(loadFile(file, parser));
    }
    return withoutDuplicateNames(all);
  }

  private static RuleParse loadFile(Path file, RuleParser parser) {
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        return new RuleParse(List.of(), List.of(RuleProblem.of(file.toString(), "*",
            "file is larger than " + MAX_FILE_BYTES + " bytes")));
      }
      return parser.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      return new RuleParse(List.of(), List.of(RuleProblem.of(file.toString(), "*", "cannot read: " + e)));
    }
  }

  private static RuleParse withoutDuplicateNames(RuleParse parse) {
    Map<String, Rule> seen = new HashMap<>();
    List<Rule> kept = new ArrayList<>();
    List<RuleProblem> problems = new ArrayList<>(parse.problems());
    for (Rule rule : parse.rules()) {
      Rule first = seen.putIfAbsent(rule.name(), rule);
      if (first == null) {
        kept.add(rule);
      } else {
        problems.add(RuleProblem.of(rule.origin(), rule.name(), "name already used by a rule in " + first.origin()));
      }
    }
    return new RuleParse(kept, problems);
  }
}
