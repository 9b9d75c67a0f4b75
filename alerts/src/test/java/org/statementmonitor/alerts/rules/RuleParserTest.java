package org.statementmonitor.alerts.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.statementmonitor.alerts.query.QueryCompiler;

class RuleParserTest {

  private final RuleParser parser = new RuleParser(QueryCompiler.withDefaults());

  @Test
  void shouldReadEveryKeyOfARule() {
    RuleParse parse = parser.parse("""
        rules:
          - name: wac-deportation
            query: 'entity.org:"Western Azerbaijan Community" AND NOT source.tags:state-media'
            kind: pickup
            throttle: 10/1h
            channels: [desk-slack, desk-mail]
            digest: daily
        """, "rules.yml");

    assertThat(parse.problems()).isEmpty();
    Rule rule = parse.rules().getFirst();
    assertThat(rule.name()).isEqualTo("wac-deportation");
    assertThat(rule.kind()).isEqualTo(RuleKind.PICKUP);
    assertThat(rule.throttle()).isEqualTo(new Throttle(10, Duration.ofHours(1)));
    assertThat(rule.channels()).containsExactly("desk-slack", "desk-mail");
    assertThat(rule.digest()).isEqualTo(Digest.DAILY);
    assertThat(rule.origin()).isEqualTo("rules.yml");
  }

  @Test
  void shouldRefuseABadQueryWithItsPositionAndKeepTheOtherRules() {
    RuleParse parse = parser.parse("""
        - name: good
          query: deportation
        - name: broken
          query: 'entity.org:"Western Azerbaijan AND (title:appeal'
        - name: also-good
          query: title:appeal
        """, "mixed.yml");

    assertThat(parse.rules()).extracting(Rule::name).containsExactly("good", "also-good");
    assertThat(parse.problems()).singleElement().satisfies(p -> {
      assertThat(p.rule()).isEqualTo("broken");
      assertThat(p.origin()).isEqualTo("mixed.yml");
      assertThat(p.line()).isEqualTo(1);
      assertThat(p.column()).isPositive();
      assertThat(p.message()).startsWith("query syntax error");
    });
  }

  @Test
  void shouldPointAtTheColumnOfAnUnbalancedParenthesis() {
    RuleParse parse = parser.parse("name: r\nquery: 'title:appeal AND (text:return'\n", "one.yml");

    assertThat(parse.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(1);
      assertThat(p.column()).isGreaterThanOrEqualTo(20);
    });
  }

  @Test
  void shouldRefuseUnknownFieldsKeysKindsAndThrottles() {
    RuleParse parse = parser.parse("""
        - name: typo-field
          query: 'entity.organisation:"Western Azerbaijan Community"'
        - name: typo-key
          query: appeal
          chanels: [x]
        - name: bad-kind
          query: appeal
          kind: surge
        - name: bad-throttle
          query: appeal
          throttle: ten per hour
        - query: no-name
        """, "bad.yml");

    assertThat(parse.rules()).isEmpty();
    assertThat(parse.problems()).extracting(RuleProblem::rule)
        .containsExactly("typo-field", "typo-key", "bad-kind", "bad-throttle", "#5");
    assertThat(parse.problems().get(0).message()).contains("unknown field 'entity.organisation'");
    assertThat(parse.problems().get(1).message()).contains("unknown key 'chanels'");
    assertThat(parse.problems().get(2).message()).contains("kind must be one of match, pickup, spike, new_source");
    assertThat(parse.problems().get(3).message()).contains("10/1h");
    assertThat(parse.problems().get(4).message()).contains("name is required");
  }

  @Test
  void shouldReadSpikeParametersAndRequireThem() {
    RuleParse parse = parser.parse("""
        - name: surge
          query: entity.loc:Zangezur
          kind: spike
          spike: {window: 1h, multiple: 3, baseline: 2d}
        - name: surge-without-parameters
          query: entity.loc:Zangezur
          kind: spike
        - name: surge-threshold
          query: entity.loc:Zangezur
          kind: spike
          spike: {window: 30m, threshold: 20}
        """, "spikes.yml");

    assertThat(parse.rules()).extracting(Rule::name).containsExactly("surge", "surge-threshold");
    Spike spike = parse.rules().getFirst().spike();
    assertThat(spike.window()).isEqualTo(Duration.ofHours(1));
    assertThat(spike.multiple()).isEqualTo(3.0);
    assertThat(spike.baseline()).isEqualTo(Duration.ofDays(2));
    assertThat(parse.rules().get(1).spike().threshold()).isEqualTo(20);
    assertThat(parse.problems()).singleElement().extracting(RuleProblem::message)
        .asString().contains("spike");
  }

  @Test
  void shouldRefuseTheSecondRuleOfTheSameNameInAFile() {
    RuleParse parse = parser.parse("- {name: a, query: x}\n- {name: a, query: y}\n", "dup.yml");

    assertThat(parse.rules()).hasSize(1);
    assertThat(parse.problems()).singleElement().extracting(RuleProblem::message).asString().contains("same name");
  }

  @Test
  void shouldReportYamlThatCannotBeRead() {
    RuleParse parse = parser.parse("rules: [ {name: a, query: x", "broken.yml");

    assertThat(parse.rules()).isEmpty();
    assertThat(parse.problems()).singleElement().extracting(RuleProblem::message).asString()
        .startsWith("not valid YAML");
  }

  @Test
  void shouldParseThrottlesAndDurations() {
    assertThat(Throttle.parse("1/30m")).isEqualTo(new Throttle(1, Duration.ofMinutes(30)));
    assertThat(Throttle.parse(" 100 / 1d ")).isEqualTo(new Throttle(100, Duration.ofDays(1)));
    assertThat(Durations.parse("PT2H")).isEqualTo(Duration.ofHours(2));
    assertThat(Throttle.parse("10/1h")).hasToString("10/1h");
  }
}
