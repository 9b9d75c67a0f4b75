package org.statementmonitor.alerts.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.monitor.CandidateMatcher;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.monitor.MultiMatchingQueries;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.statementmonitor.alerts.matching.workload.MatchingWorkload;
import org.statementmonitor.alerts.query.FieldAnalyzers;
import org.statementmonitor.alerts.query.MappedStatement;
import org.statementmonitor.alerts.query.QueryCompiler;
import org.statementmonitor.alerts.query.StatementDocuments;
import org.statementmonitor.alerts.rules.Rule;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.event.Entity;

/**
 * The matcher's fast path (presearcher, shared in-memory index, prepared queries, explanation of
 * the matches only) must give exactly what the slow, obvious evaluation gives: every rule run
 * against a fresh one-document index of the statement, and every rule that matched highlighted.
 */
class MatchingEquivalenceTest {

  private static final Analyzer ANALYZER = FieldAnalyzers.create();
  private static final QueryCompiler COMPILER = new QueryCompiler(ANALYZER);

  @Test
  void shouldMatchAndExplainExactlyLikeRunningEveryRuleOnItsOwn() throws Exception {
    MatchingWorkload workload = new MatchingWorkload(11);
    List<EnrichedStatement> statements = workload.statements(120);
    List<Rule> rules = new ArrayList<>(workload.rules(1_500));
    rules.addAll(unusualRules(statements));

    int matches = 0;
    for (String presearcher : List.of(Presearchers.DEFAULT, Presearchers.PLAIN)) {
      try (RuleMatcher matcher = new RuleMatcher(Presearchers.create(presearcher))) {
        assertThat(matcher.replaceAll(rules)).isEmpty();
        for (EnrichedStatement statement : statements) {
          List<RuleMatch> expected = everyRuleOnItsOwn(rules, statement);
          List<RuleMatch> found = sorted(matcher.match(statement));
          assertThat(found).as("%s, statement %s", presearcher, statement.statement().id()).isEqualTo(expected);
          matches += found.size();
        }
      }
    }
    assertThat(matches).as("matches over the workload").isGreaterThan(statements.size() * 4);
  }

  @Test
  void shouldStillMatchExactlyAfterRulesAreReplacedAndRemoved() throws Exception {
    MatchingWorkload workload = new MatchingWorkload(5);
    List<EnrichedStatement> statements = workload.statements(40);
    List<Rule> first = workload.rules(600);
    List<Rule> second = new ArrayList<>(new MatchingWorkload(6).rules(300).stream()
        .map(r -> Rule.match("b-" + r.name(), r.query())).toList());
    second.addAll(first.subList(0, 200));
    second.addAll(unusualRules(statements));

    try (RuleMatcher matcher = new RuleMatcher()) {
      matcher.replaceAll(first);
      matcher.match(statements.getFirst());
      assertThat(matcher.replaceAll(second)).isEmpty();
      for (EnrichedStatement statement : statements) {
        assertThat(sorted(matcher.match(statement))).as(statement.statement().id())
            .isEqualTo(everyRuleOnItsOwn(second, statement));
      }
    }
  }

  /** Rules of shapes the workload does not write: wildcards, regexps, fuzzy, slop, boosts, match-all, negation only. */
  private static List<Rule> unusualRules(List<EnrichedStatement> statements) {
    List<Rule> rules = new ArrayList<>();
    rules.add(Rule.match("x-everything", "*:*"));
    rules.add(Rule.match("x-not-state", "NOT source.tags:state-media"));
    rules.add(Rule.match("x-prefix-text", "text:clearan* OR text:deport*"));
    rules.add(Rule.match("x-regexp", "text:/miss+ing/ AND NOT kind:article"));
    rules.add(Rule.match("x-fuzzy", "text:treety~1"));
    rules.add(Rule.match("x-slop", "\"peace talks\"~3"));
    rules.add(Rule.match("x-boost", "kind:appeal^2 OR kind:letter"));
    rules.add(Rule.match("x-title-lang", "title:statement AND language:en"));
    rules.add(Rule.match("x-tags", "source.tags:ngo OR source.tags:un"));
    rules.add(Rule.match("x-required", "+text:return -kind:article"));
    rules.add(Rule.match("x-source-prefix", "source:ngo-source-1*"));
    rules.add(Rule.match("x-title-not", "title:(peace OR war) AND NOT entity.loc:Baku"));
    rules.add(Rule.match("x-range", "kind:[letter TO report]"));
    for (int i = 0; i < 12; i++) {
      Entity e = statements.get(i * 3).entities().get(i % 3);
      String name = e.canonical();
      String first = name.split(" ")[0].toLowerCase(java.util.Locale.ROOT);
      rules.add(Rule.match("x-wild-" + i, "entity:" + first + "*"));
      rules.add(Rule.match("x-any-" + i, "entity:\"" + name + "\" AND duplicate:original"));
      rules.add(Rule.match("x-or-" + i, "(\"" + name + "\" OR watchlist:" + (e.watchlistId() == null ? "none" : e.watchlistId()) + ") AND NOT source.tags:news"));
    }
    return rules;
  }

  /** The slow, obvious evaluation: every rule against a fresh index, every match highlighted. */
  private static List<RuleMatch> everyRuleOnItsOwn(List<Rule> rules, EnrichedStatement statement) throws Exception {
    MappedStatement mapped = StatementDocuments.map(statement);
    MemoryIndex index = MemoryIndex.fromDocument(mapped.document(), ANALYZER, true, false);
    IndexSearcher searcher = index.createSearcher();
    Map<String, Query> matched = new LinkedHashMap<>();
    for (Rule rule : rules) {
      Query query = COMPILER.compile(rule.query());
      if (searcher.count(query) > 0) {
        matched.put(rule.name(), query);
      }
    }
    CandidateMatcher<HighlightsMatch> highlighter = HighlightsMatch.MATCHER.createMatcher(searcher);
    for (Map.Entry<String, Query> rule : matched.entrySet()) {
      highlight(highlighter, rule);
    }
    MultiMatchingQueries<HighlightsMatch> hits = highlighter.finish(0, matched.size());
    List<RuleMatch> out = new ArrayList<>();
    for (String rule : matched.keySet()) {
      HighlightsMatch match = hits.matches(rule, 0);
      out.add(match == null
          ? new RuleMatch(rule, List.of(), Snippets.lead(statement.statement().text()))
          : MatchExplainer.explain(match, mapped));
    }
    return sorted(out);
  }

  private static void highlight(CandidateMatcher<HighlightsMatch> highlighter, Map.Entry<String, Query> rule) {
    try {
      highlighter.matchQuery(rule.getKey(), rule.getValue(), Map.of());
    } catch (IOException | RuntimeException e) {
      // a rule that cannot be highlighted is reported with the lead of the text, as the matcher does
    }
  }

  private static List<RuleMatch> sorted(List<RuleMatch> matches) {
    return matches.stream().sorted(Comparator.comparing(RuleMatch::rule)).toList();
  }
}
