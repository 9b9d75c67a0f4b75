package org.statementmonitor.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.statementmonitor.alerts.query.QueryCompiler;
import org.statementmonitor.alerts.rules.RuleParse;
import org.statementmonitor.alerts.rules.RuleParser;

class RuleGeneratorTest {

  @Test
  void shouldWriteRulesTheAlertsParserAccepts() {
    List<RuleGenerator.GeneratedRule> rules = new RuleGenerator(1).rules(500);

    RuleParse parse = new RuleParser(QueryCompiler.withDefaults())
        .parse(RuleGenerator.yaml(rules, "hook"), "bench.yaml");

    assertThat(parse.problems()).isEmpty();
    assertThat(parse.rules()).hasSize(500).allSatisfy(r -> assertThat(r.channels()).containsExactly("hook"));
  }

  @Test
  void shouldMakeOneRuleInFiftyNameAnOrganisationOfTheCorpus() {
    assertThat(new RuleGenerator(1).rules(100)).filteredOn(r -> r.query().startsWith("\""))
        .hasSizeGreaterThanOrEqualTo(2);
  }
}
