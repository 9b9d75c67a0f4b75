package org.statementmonitor.alerts.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.monitor.HighlightsMatch.Hit;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.alerts.query.MappedStatement;
import org.statementmonitor.alerts.query.MappedStatement.FieldValue;
import org.statementmonitor.alerts.query.StatementFields;
import org.statementmonitor.common.event.Statement;

/**
 * Turns the rules a statement matched into the "why" of an alert: what matched, and a snippet around
 * it. The hits come from matching itself ({@link StatementCandidates}); they are the ones Lucene's
 * {@link HighlightsMatch#MATCHER} reports (fields in name order, hits in position order). A rule
 * whose hits could not be read then is highlighted here, against the in-memory index of the
 * statement that matching used (the statement is analysed once).
 */
final class MatchExplainer {

  private static final Logger LOG = LoggerFactory.getLogger(MatchExplainer.class);

  /** At most this many matched terms are listed. */
  static final int MAX_MATCHED = 20;

  private final PreparedQueries prepared;

  MatchExplainer(PreparedQueries prepared) {
    this.prepared = prepared;
  }

  /**
   * Explains the matched rules, by name, from their hits ({@link StatementCandidates}); the rules in
   * {@code unread} (whose hits could not be read while matching) are highlighted from their whole
   * query against {@code searcher}, the statement's one-document index.
   */
  Map<String, RuleMatch> explain(IndexSearcher searcher, MappedStatement mapped,
      Map<String, Map<String, Set<Hit>>> hits, Map<String, Query> unread) {
    Map<String, RuleMatch> out = new LinkedHashMap<>();
    Map<Long, String> snippets = new HashMap<>();
    for (Map.Entry<String, Map<String, Set<Hit>>> rule : hits.entrySet()) {
      out.put(rule.getKey(), unread.containsKey(rule.getKey())
          ? explain(searcher, mapped, rule.getKey(), unread.get(rule.getKey()))
          : explain(rule.getKey(), rule.getValue(), mapped, snippets));
    }
    return out;
  }

  /**
   * Explains one matched rule by highlighting its query against {@code searcher}. A rule whose
   * query is unknown (replaced meanwhile) or whose highlighting fails is still reported, with the
   * lead of the text as its snippet.
   */
  private RuleMatch explain(IndexSearcher searcher, MappedStatement mapped, String rule, Query query) {
    Map<String, Set<Hit>> hits = null;
    if (query != null) {
      try {
        hits = highlight(searcher, query);
      } catch (IOException | RuntimeException e) {
        LOG.debug("highlighting rule {} failed: {}", rule, e.toString());
      }
    }
    return hits == null
        ? new RuleMatch(rule, List.of(), Snippets.lead(mapped.statement().statement().text()))
        : explain(rule, hits, mapped);
  }

  /** The hits of {@code query} in the one document, as {@link HighlightsMatch#MATCHER} collects them; null if none. */
  private Map<String, Set<Hit>> highlight(IndexSearcher searcher, Query query) throws IOException {
    Weight weight = searcher.createWeight(prepared.rewrite(searcher, query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    Matches matches = weight.matches(searcher.getIndexReader().leaves().getFirst(), 0);
    if (matches == null) {
      return null;
    }
    Map<String, Set<Hit>> hits = new TreeMap<>();
    StatementCandidates.collect(matches, hits);
    return hits;
  }

  /** The why of a rule from Lucene's highlights of it. */
  static RuleMatch explain(HighlightsMatch match, MappedStatement mapped) {
    return explain(match.getQueryId(), match.getHits(), mapped);
  }

  /** The why of a rule from its hits, per field. */
  static RuleMatch explain(String rule, Map<String, ? extends Collection<Hit>> hits, MappedStatement mapped) {
    return explain(rule, hits, mapped, new HashMap<>());
  }

  /**
   * The why of a rule from its hits, per field; {@code snippets} keeps the snippets cut from the
   * statement's text by span, as the rules a statement matches often match at the same place.
   */
  private static RuleMatch explain(String rule, Map<String, ? extends Collection<Hit>> hits,
      MappedStatement mapped, Map<Long, String> snippets) {
    Statement s = mapped.statement().statement();
    Set<String> matched = new LinkedHashSet<>();
    int[] textSpan = null;
    int[] entitySpan = null;
    String titleHit = null;
    for (Map.Entry<String, ? extends Collection<Hit>> field : hits.entrySet()) {
      String name = field.getKey();
      for (Hit hit : field.getValue()) {
        if (name.equals(StatementFields.TEXT)) {
          matched.add(name + ": " + slice(s.text(), hit));
          if (textSpan == null || hit.startOffset() < textSpan[0]) {
            textSpan = new int[] {hit.startOffset(), hit.endOffset()};
          }
        } else if (name.equals(StatementFields.TITLE)) {
          matched.add(name + ": " + slice(s.title(), hit));
          titleHit = s.title();
        } else {
          FieldValue value = mapped.valueAt(name, hit.startPosition());
          if (value != null) {
            matched.add(name + ": " + value.value());
            if (value.start() >= 0 && (entitySpan == null || value.start() < entitySpan[0])) {
              entitySpan = new int[] {value.start(), value.end()};
            }
          }
        }
      }
    }
    String snippet;
    if (textSpan != null) {
      snippet = around(s.text(), textSpan[0], textSpan[1], snippets);
    } else if (entitySpan != null) {
      snippet = around(s.text(), entitySpan[0], entitySpan[1], snippets);
    } else if (titleHit != null) {
      snippet = titleHit;
    } else {
      snippet = around(s.text(), 0, 0, snippets);
    }
    List<String> list = new ArrayList<>(matched);
    return new RuleMatch(rule, list.size() > MAX_MATCHED ? list.subList(0, MAX_MATCHED) : list,
        snippet);
  }

  /** {@link Snippets#around}, cut once per span of the statement. */
  private static String around(String text, int start, int end, Map<Long, String> snippets) {
    return snippets.computeIfAbsent(((long) start << 32) | (end & 0xFFFFFFFFL), span -> Snippets.around(text, start, end));
  }

  private static String slice(String text, Hit hit) {
    if (text == null || hit.startOffset() < 0 || hit.endOffset() > text.length()
        || hit.startOffset() >= hit.endOffset()) {
      return "?";
    }
    return text.substring(hit.startOffset(), hit.endOffset());
  }
}
