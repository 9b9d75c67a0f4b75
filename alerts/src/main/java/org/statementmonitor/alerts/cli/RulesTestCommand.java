package org.statementmonitor.alerts.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.statementmonitor.alerts.query.QueryCompiler;
import org.statementmonitor.alerts.rules.RuleFiles;
import org.statementmonitor.alerts.rules.RuleParse;
import org.statementmonitor.alerts.rules.RuleParser;
import org.statementmonitor.common.config.MonitorConfig;
import org.statementmonitor.common.json.Json;
import org.statementmonitor.enrich.analysis.Analyzers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code monitor rules test [--format json] RULE.yml FILE...}: which files the rules would alert on,
 * and why. Exit code 0 when the rules loaded, 2 when a rule was refused or a file could not be read.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
    description = "Show which files the rules would alert on, and why, offline (same enrichment and matching as the service).")
public final class RulesTestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration (the enrich section tunes the analysis).")
  Path config;

  @Parameters(index = "0", paramLabel = "RULE.yml", description = "A rules file or a directory of them.")
  Path rules;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "Statements to test (text, HTML, PDF, Word...).")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!format.equals("text") && !format.equals("json")) {
      err.println("--format must be text or json");
      return 2;
    }
    if (!Files.exists(rules)) {
      err.println("rules file not found: " + rules);
      return 2;
    }
    MonitorConfig monitorConfig = config == null ? MonitorConfig.empty() : MonitorConfig.load(config);
    RuleParse parse = RuleFiles.load(rules, new RuleParser(QueryCompiler.withDefaults()));
    List<RuleTester.Result> results = new RuleTester(Analyzers.createDefault(monitorConfig)).test(parse, files);
    if (format.equals("json")) {
      out.println(Json.toString(RuleTester.toJson(results, parse)));
    } else {
      parse.problems().forEach(p -> err.println("refused: " + p));
      for (RuleTester.Result r : results) {
        out.println((r.matched() ? "MATCH    " : "no match ") + r.file());
        if (r.matched() || r.error() != null) {
          r.why().lines().forEach(l -> out.println("         " + l));
        }
      }
    }
    out.flush();
    boolean failed = !parse.problems().isEmpty() || results.stream().anyMatch(r -> r.error() != null);
    return failed ? 2 : 0;
  }
}
