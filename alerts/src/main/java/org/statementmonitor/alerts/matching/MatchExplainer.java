package org.statementmonitor.alerts.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.monitor.HighlightsMatch.Hit;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
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
 * it. Highlighting is costly, so it runs only here, for the few rules that matched, against the
 * in-memory index of the statement that matching used (the statement is analysed once). The hits
 * are the ones Lucene's {@link HighlightsMatch#MATCHER} reports (fields in name order, hits in
 * position order).
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
   * Explains the matched rules, by name, against {@code searcher} (the statement's one-document
   * index). A rule whose query is unknown (replaced meanwhile) or whose highlighting fails is still
   * reported, with the lead of the text as its snippet.
   */
  Map<String, RuleMatch> explain(IndexSearcher searcher, MappedStatement mapped, Map<String, Query> matched) {
    Map<String, RuleMatch> out = new LinkedHashMap<>();
    for (Map.Entry<String, Query> rule : matched.entrySet()) {
      Map<String, Set<Hit>> hits = null;
      if (rule.getValue() != null) {
        try {
          hits = highlight(searcher, rule.getValue());
        } catch (IOException | RuntimeException e) {
          LOG.debug("highlighting rule {} failed: {}", rule.getKey(), e.toString());
        }
      }
      out.put(rule.getKey(), hits == null
          ? new RuleMatch(rule.getKey(), List.of(), Snippets.lead(mapped.statement().statement().text()))
          : explain(rule.getKey(), hits, mapped));
    }
    return out;
  }

  /** The hits of {@code query} in the one document, as {@link HighlightsMatch#MATCHER} collects them; null if none. */
  private Map<String, Set<Hit>> highlight(IndexSearcher searcher, Query query) throws IOException {
    Weight weight = searcher.createWeight(prepared.rewrite(searcher, query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    Matches matches = weight.matches(searcher.getIndexReader().leaves().getFirst(), 0);
    if (matches == null) {
      return null;
    }
    Map<String, Set<Hit>> hits = new TreeMap<>();
    for (String field : matches) {
      MatchesIterator it = matches.getMatches(field);
      while (it.next()) {
        MatchesIterator sub = it.getSubMatches();
        if (sub == null) {
          addHit(hits, field, it);
        } else {
          while (sub.next()) {
            addHit(hits, field, sub);
          }
        }
      }
    }
    return hits;
  }

  private static void addHit(Map<String, Set<Hit>> hits, String field, MatchesIterator at) throws IOException {
    hits.computeIfAbsent(field, f -> new TreeSet<>())
        .add(new Hit(at.startPosition(), at.startOffset(), at.endPosition(), at.endOffset()));
  }

  /** The why of a rule from Lucene's highlights of it. */
  static RuleMatch explain(HighlightsMatch match, MappedStatement mapped) {
    return explain(match.getQueryId(), match.getHits(), mapped);
  }

  /** The why of a rule from its hits, per field. */
  static RuleMatch explain(String rule, Map<String, ? extends Collection<Hit>> hits, MappedStatement mapped) {
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
      snippet = Snippets.around(s.text(), textSpan[0], textSpan[1]);
    } else if (entitySpan != null) {
      snippet = Snippets.around(s.text(), entitySpan[0], entitySpan[1]);
    } else if (titleHit != null) {
      snippet = titleHit;
    } else {
      snippet = Snippets.lead(s.text());
    }
    List<String> list = new ArrayList<>(matched);
    return new RuleMatch(rule, list.size() > MAX_MATCHED ? list.subList(0, MAX_MATCHED) : list,
        snippet);
  }

  private static String slice(String text, Hit hit) {
    if (text == null || hit.startOffset() < 0 || hit.endOffset() > text.length()
        || hit.startOffset() >= hit.endOffset()) {
      return "?";
    }
    return text.substring(hit.startOffset(), hit.endOffset());
  }
}
