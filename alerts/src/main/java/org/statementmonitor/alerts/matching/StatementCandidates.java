package org.statementmonitor.alerts.matching;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.monitor.CandidateMatcher;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Runs the candidate rules the presearcher selected for one statement against the monitor's
 * in-memory index of it, then explains the rules that matched against that same index (so the
 * statement is analysed once). A candidate is run as a bare yes/no test of the one document: no
 * collector, no query cache, and the rule's query rewritten once for all statements where that is
 * safe ({@link PreparedQueries}). Created by the monitor for each statement; not thread-safe.
 */
final class StatementCandidates extends CandidateMatcher<QueryMatch> {

  /** Explains the rules that matched, against the searcher of the statement's index. */
  interface Explainer {
    Map<String, RuleMatch> explain(IndexSearcher searcher, Set<String> matched);
  }

  private final LeafReaderContext document;
  private final PreparedQueries prepared;
  private final Explainer explainer;
  private final Set<String> matched = new LinkedHashSet<>();
  private Map<String, RuleMatch> explained = Map.of();

  StatementCandidates(IndexSearcher searcher, PreparedQueries prepared, Explainer explainer) {
    super(searcher);
    // caching the queries of a one-document index costs more than it saves
    searcher.setQueryCache(null);
    this.document = searcher.getIndexReader().leaves().getFirst();
    this.prepared = prepared;
    this.explainer = explainer;
  }

  @Override
  public void matchQuery(String queryId, Query matchQuery, Map<String, String> metadata) throws IOException {
    if (matchesDocument(matchQuery)) {
      matched.add(queryId);
      addMatch(new QueryMatch(queryId), 0);
    }
  }

  private boolean matchesDocument(Query query) throws IOException {
    Weight weight = searcher.createWeight(prepared.rewrite(searcher, query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    ScorerSupplier supplier = weight.scorerSupplier(document);
    if (supplier == null) {
      return false;
    }
    Scorer scorer = supplier.get(Long.MAX_VALUE);
    TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
    if (twoPhase == null) {
      return scorer.iterator().nextDoc() != DocIdSetIterator.NO_MORE_DOCS;
    }
    return twoPhase.approximation().nextDoc() != DocIdSetIterator.NO_MORE_DOCS && twoPhase.matches();
  }

  @Override
  public QueryMatch resolve(QueryMatch first, QueryMatch second) {
    return first;
  }

  /** Runs while the monitor still holds the statement's index open. */
  @Override
  protected void doFinish() {
    if (!matched.isEmpty()) {
      explained = explainer.explain(searcher, matched);
    }
  }

  /** The explanation of every rule that matched, by rule name. */
  Map<String, RuleMatch> explained() {
    return explained;
  }
}
