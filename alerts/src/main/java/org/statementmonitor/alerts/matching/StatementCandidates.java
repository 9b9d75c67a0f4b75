package org.statementmonitor.alerts.matching;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.monitor.CandidateMatcher;
import org.apache.lucene.monitor.HighlightsMatch.Hit;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Runs the candidate rules the presearcher selected for one statement against the monitor's
 * in-memory index of it, and keeps the hits (field, position, offsets) of those that match, so the
 * statement is analysed once and each candidate is run once. A candidate is run with Lucene's
 * matches API ({@link Weight#matches}), which answers "no" as cheaply as a scorer and, for a match,
 * gives the hits the alert's why is made of; no collector, no query cache, and the rule's query
 * rewritten once for all statements where that is safe ({@link PreparedQueries}).
 *
 * <p>The monitor hands over a rule's disjuncts one by one (a rule {@code A OR B} is indexed as
 * {@code A} and {@code B}; an exclusion is copied into each); the hits of a rule are the union of
 * the hits of its disjuncts that match, which is what highlighting the whole rule reports. A rule
 * whose hits cannot be read is explained afterwards from its whole query ({@link Explainer}).
 * Created by the monitor for each statement; not thread-safe.
 */
final class StatementCandidates extends CandidateMatcher<QueryMatch> {

  /** Explains the rules that matched from their hits, or, for the names in {@code unread}, from their queries. */
  interface Explainer {
    Map<String, RuleMatch> explain(IndexSearcher searcher, Map<String, Map<String, Set<Hit>>> hits,
        Set<String> unread);
  }

  private final LeafReaderContext document;
  private final PreparedQueries prepared;
  private final Explainer explainer;
  private final Map<String, Map<String, Set<Hit>>> hits = new LinkedHashMap<>();
  private final Set<String> unread = new LinkedHashSet<>();
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
    Weight weight = searcher.createWeight(prepared.rewrite(searcher, matchQuery), ScoreMode.COMPLETE_NO_SCORES, 1f);
    Matches matches;
    try {
      matches = weight.matches(document, 0);
    } catch (IOException | RuntimeException e) {
      // the match still counts; its why is worked out from the whole rule afterwards
      if (matchesDocument(weight)) {
        unread.add(queryId);
        matched(queryId);
      }
      return;
    }
    if (matches != null) {
      Map<String, Set<Hit>> ruleHits = matched(queryId);
      if (!unread.contains(queryId)) {
        try {
          collect(matches, ruleHits);
        } catch (IOException | RuntimeException e) {
          unread.add(queryId);
        }
      }
    }
  }

  private Map<String, Set<Hit>> matched(String queryId) {
    Map<String, Set<Hit>> ruleHits = hits.get(queryId);
    if (ruleHits == null) {
      ruleHits = new TreeMap<>();
      hits.put(queryId, ruleHits);
      addMatch(new QueryMatch(queryId), 0);
    }
    return ruleHits;
  }

  /** The hits as Lucene's {@code HighlightsMatch.MATCHER} collects them: fields in name order, hits in position order. */
  static void collect(Matches matches, Map<String, Set<Hit>> into) throws IOException {
    for (String field : matches) {
      MatchesIterator it = matches.getMatches(field);
      if (it == null) {
        continue;
      }
      while (it.next()) {
        MatchesIterator sub = it.getSubMatches();
        if (sub == null) {
          addHit(into, field, it);
        } else {
          while (sub.next()) {
            addHit(into, field, sub);
          }
        }
      }
    }
  }

  private static void addHit(Map<String, Set<Hit>> hits, String field, MatchesIterator at) throws IOException {
    hits.computeIfAbsent(field, f -> new TreeSet<>())
        .add(new Hit(at.startPosition(), at.startOffset(), at.endPosition(), at.endOffset()));
  }

  private boolean matchesDocument(Weight weight) throws IOException {
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
    if (!hits.isEmpty()) {
      explained = explainer.explain(searcher, hits, unread);
    }
  }

  /** The explanation of every rule that matched, by rule name. */
  Map<String, RuleMatch> explained() {
    return explained;
  }
}
