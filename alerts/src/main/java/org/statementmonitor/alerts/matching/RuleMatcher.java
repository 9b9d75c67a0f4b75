package org.statementmonitor.alerts.matching;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.search.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.alerts.query.FieldAnalyzers;
import org.statementmonitor.alerts.query.MappedStatement;
import org.statementmonitor.alerts.query.QueryCompiler;
import org.statementmonitor.alerts.query.QuerySyntaxException;
import org.statementmonitor.alerts.query.StatementDocuments;
import org.statementmonitor.alerts.rules.Rule;
import org.statementmonitor.alerts.rules.RuleProblem;
import org.statementmonitor.common.event.EnrichedStatement;

/**
 * Matches statements against every registered rule with Lucene's monitor: the rules' queries are
 * indexed once, and a term-filtering presearcher picks the few rules a statement can match, so
 * thousands of rules cost little per statement. Each statement is analysed once, into the monitor's
 * in-memory index, which serves both running the candidates and explaining the matches.
 * Thread-safe; rules may be replaced while matching runs.
 */
public final class RuleMatcher implements Closeable {

  private static final Logger LOG = LoggerFactory.getLogger(RuleMatcher.class);

  private final Monitor monitor;
  private final QueryIndexSettings indexSettings = new QueryIndexSettings();
  private final QueryCompiler compiler;
  private final Map<String, Rule> registered = new HashMap<>();
  private final Map<String, Query> queries = new HashMap<>();
  private final PreparedQueries prepared = new PreparedQueries();
  private final MatchExplainer explainer = new MatchExplainer(prepared);
  private volatile int lastQueriesRun;

  /** A matcher with the presearcher chosen for statements ({@link Presearchers#DEFAULT}). */
  public RuleMatcher() {
    this(Presearchers.create(Presearchers.DEFAULT));
  }

  /** A matcher with another presearcher (see {@link Presearchers}), for measuring. */
  public RuleMatcher(Presearcher presearcher) {
    Analyzer analyzer = FieldAnalyzers.create();
    this.compiler = new QueryCompiler(analyzer);
    try {
      this.monitor = new Monitor(analyzer, presearcher, indexSettings);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the rule monitor", e);
    }
  }

  /**
   * Makes {@code rules} the registered set: new and changed rules are (re)registered, missing ones
   * removed. A rule that cannot be registered is reported and left out; the others are kept.
   *
   * @return the rules refused
   */
  public synchronized List<RuleProblem> replaceAll(Collection<Rule> rules) {
    Map<String, Rule> wanted = new HashMap<>();
    rules.forEach(r -> wanted.put(r.name(), r));
    List<String> removed = registered.keySet().stream().filter(n -> !wanted.containsKey(n)).toList();
    List<RuleProblem> problems = new ArrayList<>();
    prepared.clear();
    try {
      if (!removed.isEmpty()) {
        monitor.deleteById(removed);
        removed.forEach(n -> {
          registered.remove(n);
          queries.remove(n);
        });
      }
      List<MonitorQuery> batch = new ArrayList<>();
      List<Rule> batchRules = new ArrayList<>();
      for (Rule rule : wanted.values()) {
        if (rule.sameDefinition(registered.get(rule.name()))) {
          continue;
        }
        try {
          Query query = compiler.compile(rule.query());
          batch.add(new MonitorQuery(rule.name(), query, rule.query(), Map.of()));
          batchRules.add(rule);
          queries.put(rule.name(), query);
        } catch (QuerySyntaxException e) {
          problems.add(new RuleProblem(rule.origin(), rule.name(), e.getMessage(), e.line(), e.column()));
          forget(rule.name());
        }
      }
      register(batch, batchRules, problems);
      if (!removed.isEmpty() || !batch.isEmpty()) {
        indexSettings.mergeIntoOneSegment();
        monitor.register(List.of());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot update the rule monitor", e);
    }
    return problems;
  }

  private void register(List<MonitorQuery> batch, List<Rule> rules, List<RuleProblem> problems)
      throws IOException {
    try {
      monitor.register(batch);
      rules.forEach(r -> registered.put(r.name(), r));
    } catch (RuntimeException batchFailure) {
      // one bad query fails the whole batch: register one by one to refuse only the bad ones
      for (int i = 0; i < batch.size(); i++) {
        try {
          monitor.register(batch.get(i));
          registered.put(rules.get(i).name(), rules.get(i));
        } catch (RuntimeException e) {
          problems.add(RuleProblem.of(rules.get(i).origin(), rules.get(i).name(),
              "cannot be registered: " + e.getMessage()));
          forget(rules.get(i).name());
        }
      }
    }
  }

  private void forget(String name) throws IOException {
    if (registered.remove(name) != null) {
      monitor.deleteById(name);
    }
    queries.remove(name);
  }

  /** The compiled query of a registered rule, or null. */
  public synchronized Query query(String rule) {
    return queries.get(rule);
  }

  /** Number of rules registered. */
  public synchronized int size() {
    return registered.size();
  }

  /** Matches one statement: the rules it matches, each with why. */
  public List<RuleMatch> match(EnrichedStatement statement) {
    return matchOne(statement);
  }

  /**
   * Matches a batch of statements; the result has one list of matches per statement, in order. Each
   * statement is matched on its own (Lucene's batch matching builds a disk-style index per batch and
   * is slower for documents of this size). A rule that fails at match time is logged and skipped,
   * never failing the batch.
   */
  public List<List<RuleMatch>> match(List<EnrichedStatement> statements) {
    List<List<RuleMatch>> out = new ArrayList<>(statements.size());
    for (EnrichedStatement statement : statements) {
      out.add(matchOne(statement));
    }
    return out;
  }

  /**
   * Runs each candidate the presearcher leaves once against the statement's in-memory index, keeping
   * the hits of those that match, then explains the rules that matched from their hits ({@link
   * StatementCandidates}).
   */
  private List<RuleMatch> matchOne(EnrichedStatement statement) {
    MappedStatement mapped = StatementDocuments.map(statement);
    List<StatementCandidates> run = new ArrayList<>(1);
    MatchingQueries<QueryMatch> result;
    try {
      result = monitor.match(mapped.document(), searcher -> {
        StatementCandidates candidates = new StatementCandidates(searcher, prepared,
            (indexed, hits, unread) -> explainer.explain(indexed, mapped, hits, queriesOf(unread)));
        run.add(candidates);
        return candidates;
      });
    } catch (IOException e) {
      throw new UncheckedIOException("rule matching failed", e);
    }
    result.getErrors().forEach((rule, error) -> LOG.warn("rule {} failed while matching: {}", rule, error.toString()));
    lastQueriesRun = result.getQueriesRun();
    if (result.getMatchCount() == 0) {
      return List.of();
    }
    Map<String, RuleMatch> explained = run.getFirst().explained();
    List<RuleMatch> out = new ArrayList<>(result.getMatchCount());
    for (QueryMatch m : result.getMatches()) {
      out.add(explained.get(m.getQueryId()));
    }
    return out;
  }

  private synchronized Map<String, Query> queriesOf(Collection<String> rules) {
    if (rules.isEmpty()) {
      return Map.of();
    }
    Map<String, Query> out = new LinkedHashMap<>();
    for (String rule : rules) {
      out.put(rule, queries.get(rule));
    }
    return out;
  }

  /** How many rule queries the presearcher left to run for the last statement matched (for measuring). */
  public int lastQueriesRun() {
    return lastQueriesRun;
  }

  @Override
  public void close() {
    try {
      monitor.close();
    } catch (IOException e) {
      LOG.warn("closing the rule monitor failed: {}", e.toString());
    }
  }
}
