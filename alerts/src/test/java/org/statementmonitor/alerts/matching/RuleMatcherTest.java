package org.statementmonitor.alerts.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.statementmonitor.alerts.StatementFixture;
import org.statementmonitor.alerts.rules.Rule;
import org.statementmonitor.alerts.rules.RuleProblem;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.event.EntityType;

class RuleMatcherTest {

  private final RuleMatcher matcher = new RuleMatcher();

  @AfterEach
  void close() {
    matcher.close();
  }

  @Test
  void shouldMatchAnEntityByItsCanonicalNameAndExcludeATag() {
    matcher.replaceAll(List.of(
        Rule.match("wac", "entity.org:\"Western Azerbaijan Community\" AND NOT source.tags:state-media")));

    EnrichedStatement ngo = StatementFixture.appeal().source("wac-site", "ngo").build();
    EnrichedStatement stateMedia = StatementFixture.appeal().id("st-2").source("agency", "state-media").build();

    assertThat(matcher.match(ngo)).extracting(RuleMatch::rule).containsExactly("wac");
    assertThat(matcher.match(stateMedia)).isEmpty();
  }

  @Test
  void shouldSayWhichEntityMatchedWithASnippetAroundItInTheText() {
    matcher.replaceAll(List.of(Rule.match("wac", "entity.org:\"western azerbaijan community\"")));
    EnrichedStatement s = StatementFixture.appeal()
        .text("Baku, 2 March. In a statement today the Western Azerbaijan Community (WAC) urged the parties "
            + "to respect the right of return.")
        .entity(EntityType.ORG, "Western Azerbaijan Community", "Western Azerbaijan Community")
        .build();

    RuleMatch match = matcher.match(s).getFirst();

    assertThat(match.matched()).contains("entity.org: Western Azerbaijan Community");
    assertThat(match.snippet()).contains("the Western Azerbaijan Community (WAC) urged");
  }

  @Test
  void shouldMatchAnAcronymSurfaceFormAsWellAsTheCanonicalName() {
    matcher.replaceAll(List.of(Rule.match("acronym", "entity.org:WAC")));
    EnrichedStatement s = StatementFixture.appeal()
        .text("The WAC published its annual report on the right of return.")
        .entity(EntityType.ORG, "WAC", "Western Azerbaijan Community")
        .build();

    assertThat(matcher.match(s)).extracting(RuleMatch::rule).containsExactly("acronym");
  }

  @Test
  void shouldSearchTitleAndTextForATermWithNoFieldAndQuoteTheMatchedWord() {
    matcher.replaceAll(List.of(Rule.match("return", "\"dignified return\""), Rule.match("title", "displaced")));
    EnrichedStatement s = StatementFixture.appeal().build();

    List<RuleMatch> matches = matcher.match(s);

    assertThat(matches).extracting(RuleMatch::rule).containsExactlyInAnyOrder("return", "title");
    RuleMatch text = matches.stream().filter(m -> m.rule().equals("return")).findFirst().orElseThrow();
    assertThat(text.matched()).containsExactly("text: dignified return");
    assertThat(text.snippet()).contains("safe and dignified return of displaced families");
  }

  @Test
  void shouldMatchLanguageKindAndDuplicateStatus() {
    matcher.replaceAll(List.of(Rule.match("en-appeal-original", "language:en AND kind:appeal AND duplicate:original"),
        Rule.match("copies", "duplicate:near_copy")));

    assertThat(matcher.match(StatementFixture.appeal().build())).extracting(RuleMatch::rule)
        .containsExactly("en-appeal-original");
    assertThat(matcher.match(StatementFixture.appeal().id("c1").copyOf("st-1").build()))
        .extracting(RuleMatch::rule).containsExactly("copies");
  }

  @Test
  void shouldMatchABatchWithOneResultListPerStatementInOrder() {
    matcher.replaceAll(List.of(Rule.match("wac", "entity.org:\"Western Azerbaijan Community\""),
        Rule.match("report", "report")));
    List<EnrichedStatement> batch = List.of(
        StatementFixture.appeal().id("a").build(),
        StatementFixture.appeal().id("b").text("An unrelated note about the weather.").build(),
        StatementFixture.appeal().id("c").title("Annual report").build());

    List<List<RuleMatch>> result = matcher.match(batch);

    assertThat(result).hasSize(3);
    assertThat(result.get(0)).extracting(RuleMatch::rule).containsExactly("wac");
    assertThat(result.get(1)).isEmpty();
    assertThat(result.get(2)).extracting(RuleMatch::rule).containsExactlyInAnyOrder("report", "wac");
    assertThat(result.get(2)).filteredOn(m -> m.rule().equals("report")).singleElement()
        .extracting(RuleMatch::snippet).isEqualTo("Annual report");
  }

  @Test
  void shouldReplaceChangedRulesAndDropRemovedOnes() {
    matcher.replaceAll(List.of(Rule.match("r1", "weather"), Rule.match("r2", "return")));
    matcher.replaceAll(List.of(Rule.match("r1", "displaced")));

    assertThat(matcher.size()).isEqualTo(1);
    assertThat(matcher.match(StatementFixture.appeal().build())).extracting(RuleMatch::rule).containsExactly("r1");
  }

  @Test
  void shouldRefuseABadRuleAndKeepMatchingWithTheOthers() {
    List<RuleProblem> problems = matcher.replaceAll(List.of(Rule.match("ok", "displaced"),
        Rule.match("bad", "title:(appeal")));

    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.rule()).isEqualTo("bad");
      assertThat(p.column()).isPositive();
    });
    assertThat(matcher.match(StatementFixture.appeal().build())).extracting(RuleMatch::rule).containsExactly("ok");
  }
}
