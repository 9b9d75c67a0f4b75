package org.statementmonitor.alerts.matching;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Rule queries rewritten once instead of for every statement. Lucene rewrites a query before every
 * search; for the queries rules are made of (terms, phrases, boolean combinations, boosts, match-all)
 * the rewrite does not depend on the index searched, so its result is kept and reused. Queries whose
 * rewrite reads the index (wildcards, regular expressions, fuzzy terms, ranges) are rewritten against
 * each statement as before. Keyed by the identity of the query objects the monitor and the matcher
 * hold, and cleared whenever the rules change, so the cache never outgrows the rule set.
 */
final class PreparedQueries {

  /** Above this many entries the cache is emptied (only reached if queries were not held stably). */
  private static final int MAX_ENTRIES = 1 << 20;

  private final Map<Key, Query> rewritten = new ConcurrentHashMap<>();

  /** The query rewritten for {@code searcher}: from the cache when the rewrite reads no index. */
  Query rewrite(IndexSearcher searcher, Query query) throws IOException {
    Key key = new Key(query);
    Query done = rewritten.get(key);
    if (done != null) {
      return done;
    }
    Query result = searcher.rewrite(query);
    if (readsNoIndex(query)) {
      if (rewritten.size() >= MAX_ENTRIES) {
        rewritten.clear();
      }
      rewritten.put(key, result);
    }
    return result;
  }

  /** Forgets every rewrite (the rules changed). */
  void clear() {
    rewritten.clear();
  }

  /** Number of rewrites kept. */
  int size() {
    return rewritten.size();
  }

  /**
   * Whether rewriting {@code query} gives the same result whatever index it is rewritten for: only
   * query classes whose rewrite is structural (checked by exact class, so a subclass is not trusted).
   */
  static boolean readsNoIndex(Query query) {
    Class<?> type = query.getClass();
    if (type == BooleanQuery.class) {
      for (BooleanClause clause : ((BooleanQuery) query).clauses()) {
        if (!readsNoIndex(clause.query())) {
          return false;
        }
      }
      return true;
    }
    if (type == BoostQuery.class) {
      return readsNoIndex(((BoostQuery) query).getQuery());
    }
    if (type == ConstantScoreQuery.class) {
      return readsNoIndex(((ConstantScoreQuery) query).getQuery());
    }
    return type == TermQuery.class || type == PhraseQuery.class || type == MatchAllDocsQuery.class
        || type == MatchNoDocsQuery.class;
  }

  /** A query compared by identity: the monitor's decomposed queries and the matcher's compiled ones are held for as long as their rule. */
  private record Key(Query query) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && k.query == query;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(query);
    }
  }
}
