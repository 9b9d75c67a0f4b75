package org.statementmonitor.alerts.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statementmonitor.alerts.query.QueryCompiler;
import org.statementmonitor.alerts.query.QuerySyntaxException;
import org.statementmonitor.alerts.rules.RuleParse;
import org.statementmonitor.alerts.rules.RuleParser;
import org.statementmonitor.testkit.fuzz.FuzzInputs;
import org.statementmonitor.testkit.fuzz.FuzzSweep;

/**
 * Bad-input sweep of the rule boundary: hostile rule files give rules and per-rule problems (never an
 * exception), hostile queries compile or are refused with a syntax error, each in bounded time.
 */
class RuleParserFuzzTest {

  private static final String RULES = """
      rules:
        - name: community-publishes
          query: 'entity.org:"Western Azerbaijan Community" AND NOT source.tags:state-media'
          kind: match
          throttle: 10/1h
          channels: [kafka]
        - name: osce-spike
          query: osce OR "Minsk Group"
          kind: spike
          spike: {window: 1h, threshold: 5}
      """;

  private static final List<String> QUERIES = List.of(
      "entity.person:\"Ilham Aliyev\" AND language:en",
      "title:(appeal OR letter) AND NOT duplicate:near_copy",
      "text:\"internally displaced\"~3 AND source:un*",
      "watchlist:wl-7 OR entity.loc:Khankendi");

  @Test
  void shouldParseEveryHostileRuleFileIntoRulesAndProblems() {
    RuleParser parser = new RuleParser(QueryCompiler.withDefaults());
    List<String> inputs = FuzzInputs.from(11L, List.of(RULES)).nextText(400);

    FuzzSweep.bounded(Duration.ofSeconds(3), error -> false)
        .run(inputs, yaml -> {
          RuleParse parse = parser.parse(yaml, "fuzz.yml");
          assertThat(parse).isNotNull();
          parse.problems().forEach(problem -> assertThat(problem.toString()).isNotBlank());
        })
        .assertNoFailures();
  }

  @Test
  void shouldCompileOrRefuseEveryHostileQuery() {
    QueryCompiler compiler = QueryCompiler.withDefaults();
    List<String> inputs = FuzzInputs.from(12L, QUERIES).nextText(500);

    FuzzSweep.bounded(Duration.ofSeconds(2), QuerySyntaxException.class::isInstance)
        .run(inputs, compiler::compile)
        .assertNoFailures();
  }
}
