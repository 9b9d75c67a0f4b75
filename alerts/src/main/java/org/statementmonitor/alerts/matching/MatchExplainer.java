package org.statementmonitor.alerts.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.monitor.HighlightsMatch;
import org.statementmonitor.alerts.query.MappedStatement;
import org.statementmonitor.alerts.query.MappedStatement.FieldValue;
import org.statementmonitor.alerts.query.StatementFields;
import org.statementmonitor.common.event.Statement;

/** Turns the monitor's hits into the "why" of an alert: what matched, and a snippet around it. */
final class MatchExplainer {

  /** At most this many matched terms are listed. */
  static final int MAX_MATCHED = 20;

  private MatchExplainer() {}

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
