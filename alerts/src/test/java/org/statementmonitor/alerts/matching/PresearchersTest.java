package org.statementmonitor.alerts.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.statementmonitor.alerts.StatementFixture;
import org.statementmonitor.alerts.matching.workload.MatchingWorkload;
import org.statementmonitor.alerts.rules.Rule;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.event.EntityType;

class PresearchersTest {

  @Test
  void shouldSelectAPhraseRuleByItsRareWordNotByItsCommonOnes() {
    try (RuleMatcher matcher = new RuleMatcher()) {
      matcher.replaceAll(List.of(Rule.match("shusha", "\"safe return to Shusha\"")));

      List<RuleMatch> common = matcher.match(StatementFixture.appeal()
          .text("The community calls for the safe return of displaced families to their homes.").build());
      int runForCommonWords = matcher.lastQueriesRun();
      List<RuleMatch> rare = matcher.match(StatementFixture.appeal()
          .text("The community calls for a safe return to Shusha before winter.").build());

      assertThat(common).isEmpty();
      assertThat(runForCommonWords).as("rule run for a statement without its rare word").isZero();
      assertThat(rare).extracting(RuleMatch::rule).containsExactly("shusha");
      assertThat(rare.getFirst().matched()).containsExactly("text: safe return to Shusha");
    }
  }

  @Test
  void shouldSelectAnEntityRuleByTheEntityNotByTheExcludedOrFilteringTag() {
    try (RuleMatcher matcher = new RuleMatcher()) {
      matcher.replaceAll(List.of(
          Rule.match("wac", "entity.org:\"Western Azerbaijan Community\" AND source.tags:ngo")));

      matcher.match(StatementFixture.appeal().text("A statement naming nobody in particular.")
          .source("wac-site", "ngo").build());
      int runWithOnlyTheTag = matcher.lastQueriesRun();
      EnrichedStatement named = StatementFixture.appeal().text("The Western Azerbaijan Community calls on all.")
          .entity(EntityType.ORG, "Western Azerbaijan Community", "Western Azerbaijan Community")
          .source("wac-site", "ngo").build();

      assertThat(runWithOnlyTheTag).isZero();
      assertThat(matcher.match(named)).extracting(RuleMatch::rule).containsExactly("wac");
    }
  }

  @Test
  void shouldMatchTheSameRulesWithEveryPresearcher() {
    MatchingWorkload workload = new MatchingWorkload(7);
    List<Rule> rules = workload.rules(400);
    List<EnrichedStatement> statements = workload.statements(10);
    List<List<String>> expected = null;
    for (String name : List.of(Presearchers.PLAIN, Presearchers.TUNED, Presearchers.MULTIPASS, Presearchers.PACKED)) {
      try (RuleMatcher matcher = new RuleMatcher(Presearchers.create(name))) {
        assertThat(matcher.replaceAll(rules)).isEmpty();
        List<List<String>> found = matcher.match(statements).stream()
            .map(ms -> ms.stream().map(RuleMatch::rule).sorted().toList()).toList();
        if (expected == null) {
          expected = found;
          assertThat(found.stream().mapToInt(List::size).sum()).as("matches over the workload").isPositive();
        } else {
          assertThat(found).as(name).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void shouldLeaveThePackedPresearcherExactlyTheCandidatesOfLucenesMultipassOne() {
    MatchingWorkload workload = new MatchingWorkload(3);
    List<Rule> rules = new java.util.ArrayList<>(workload.rules(500));
    rules.add(Rule.match("everything", "*:*"));
    rules.add(Rule.match("wildcard", "entity.org:Western* AND text:deport*"));
    List<EnrichedStatement> statements = workload.statements(15);
    try (RuleMatcher multipass = new RuleMatcher(Presearchers.create(Presearchers.MULTIPASS));
        RuleMatcher packed = new RuleMatcher(Presearchers.create(Presearchers.PACKED))) {
      multipass.replaceAll(rules);
      packed.replaceAll(rules);
      for (EnrichedStatement statement : statements) {
        multipass.match(statement);
        packed.match(statement);
        assertThat(packed.lastQueriesRun()).as(statement.statement().id()).isEqualTo(multipass.lastQueriesRun());
      }
    }
  }

  @Test
  void shouldRunAPhraseRuleOnlyWhenTheStatementHoldsBothOfItsBestWords() {
    for (String name : List.of(Presearchers.MULTIPASS, Presearchers.PACKED)) {
      try (RuleMatcher matcher = new RuleMatcher(Presearchers.create(name))) {
        matcher.replaceAll(List.of(Rule.match("clearance", "\"mine clearance\" AND NOT kind:article")));

        matcher.match(StatementFixture.appeal().text("Progress of the clearance of roads was reported.").build());

        assertThat(matcher.lastQueriesRun()).as(name).isZero();
      }
    }
  }

  @Test
  void shouldRefuseAnUnknownPresearcher() {
    assertThatThrownBy(() -> Presearchers.create("nope")).hasMessageContaining("tuned, plain, multipass, packed");
  }
}
