package org.statementmonitor.alerts.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.monitor.CandidateMatcher;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.monitor.MultiMatchingQueries;
import org.apache.lucene.search.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.alerts.query.MappedStatement;
import org.statementmonitor.alerts.query.MappedStatement.FieldValue;
import org.statementmonitor.alerts.query.StatementFields;
import org.statementmonitor.common.event.Statement;

/**
 * Turns the rules a statement matched into the "why" of an alert: what matched, and a snippet around
 * it. Highlighting is costly, so it runs only here, for the few rules that matched, against a
 * one-document in-memory index of the statement.
 */
final class MatchExplainer {

  private static final Logger LOG = LoggerFactory.getLogger(MatchExplainer.class);

  /** At most this many matched terms are listed. */
  static final int MAX_MATCHED = 20;

  private final Analyzer analyzer;

  MatchExplainer(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * Explains the matched rules, in order. A rule whose query is unknown (replaced meanwhile) or whose
   * highlighting fails is still reported, with the lead of the text as its snippet.
   */
  List<RuleMatch> explain(MappedStatement mapped, Map<String, Query> matched) {
    MemoryIndex index = MemoryIndex.fromDocument(mapped.document(), analyzer, true, false);
    CandidateMatcher<HighlightsMatch> highlighter = HighlightsMatch.MATCHER.createMatcher(index.createSearcher());
    for (Map.Entry<String, Query> rule : matched.entrySet()) {
      if (rule.getValue() != null) {
        try {
          highlighter.matchQuery(rule.getKey(), rule.getValue(), Map.of());
        } catch (IOException | RuntimeException e) {
          LOG.debug("highlighting rule {} failed: {}", rule.getKey(), e.toString());
        }
      }
    }
    MultiMatchingQueries<HighlightsMatch> hits = highlighter.finish(0, 1);
    List<RuleMatch> out = new ArrayList<>(matched.size());
    for (String rule : matched.keySet()) {
      HighlightsMatch match = hits.matches(rule, 0);
      out.add(match == null
          ? new RuleMatch(rule, List.of(), Snippets.lead(mapped.statement().statement().text()))
          : explain(match, mapped));
    }
    return out;
  }

  static RuleMatch explain(HighlightsMatch match, MappedStatement mapped) {
    Statement s = mapped.statement().statement();
    Set<String> matched = new LinkedHashSet<>();
    int[] textSpan = null;
    int[] entitySpan = null;
    String titleHit = null;
    for (Map.Entry<String, Set<HighlightsMatch.Hit>> field : match.getHits().entrySet()) {
      String name = field.getKey();
      for (HighlightsMatch.Hit hit : field.getValue()) {
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
    return new RuleMatch(match.getQueryId(), list.size() > MAX_MATCHED ? list.subList(0, MAX_MATCHED) : list,
        snippet);
  }

  private static String slice(String text, HighlightsMatch.Hit hit) {
    if (text == null || hit.startOffset() < 0 || hit.endOffset() > text.length()
        || hit.startOffset() >= hit.endOffset()) {
      return "?";
    }
    return text.substring(hit.startOffset(), hit.endOffset());
  }
}
