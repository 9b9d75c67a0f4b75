package org.statementmonitor.alerts.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.statementmonitor.alerts.matching.RuleMatch;
import org.statementmonitor.alerts.matching.RuleMatcher;
import org.statementmonitor.alerts.rules.RuleParse;
import org.statementmonitor.common.event.DuplicateInfo;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.event.Statement;
import org.statementmonitor.enrich.analysis.Analysis;
import org.statementmonitor.enrich.analysis.StatementAnalyzer;

/**
 * Runs rules against local files offline: each file is read with Tika, analysed with the same
 * analyzer enrich uses, and matched with the same matcher the service uses. Every file is taken as
 * an original statement.
 */
final class RuleTester {

  private final StatementAnalyzer analyzer;
  private final FileStatements files = new FileStatements();

  RuleTester(StatementAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** One file's verdict. */
  record Result(String file, boolean matched, String why, List<RuleMatch> matches, String error) {}

  List<Result> test(RuleParse rules, List<Path> paths) {
    List<Result> results = new ArrayList<>();
    try (RuleMatcher matcher = new RuleMatcher()) {
      matcher.replaceAll(rules.rules());
      for (Path path : paths) {
        results.add(testOne(matcher, path));
      }
    }
    return results;
  }

  private Result testOne(RuleMatcher matcher, Path path) {
    Statement statement;
    try {
      statement = files.read(path);
    } catch (IOException | RuntimeException e) {
      return new Result(path.toString(), false, "not read: " + e.getMessage(), List.of(), e.getMessage());
    }
    Analysis analysis = analyzer.analyze(statement);
    EnrichedStatement enriched = new EnrichedStatement(EnrichedStatement.SCHEMA_VERSION, statement,
        analysis.language(), analysis.entities(), analysis.facts(), DuplicateInfo.original(statement.id()),
        analysis.flags(), Instant.now());
    List<RuleMatch> matches = matcher.match(enriched);
    return new Result(path.toString(), !matches.isEmpty(), why(matches), matches, null);
  }

  private static String why(List<RuleMatch> matches) {
    if (matches.isEmpty()) {
      return "no rule matched";
    }
    return matches.stream().map(m -> "rule " + m.rule() + ": " + String.join("; ", m.matched())
        + (m.snippet() == null || m.snippet().isBlank() ? "" : " — \"" + m.snippet() + "\""))
        .collect(Collectors.joining("\n"));
  }

  /** The JSON shape printed by {@code rules test --format json}. */
  static Map<String, Object> toJson(List<Result> results, RuleParse rules) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Result r : results) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("file", r.file());
      m.put("matched", r.matched());
      m.put("why", r.why());
      m.put("matches", r.matches());
      if (r.error() != null) {
        m.put("error", r.error());
      }
      list.add(m);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("results", list);
    if (!rules.problems().isEmpty()) {
      out.put("refused", rules.problems().stream().map(Object::toString).toList());
    }
    return out;
  }
}
