package org.statementmonitor.alerts.matching;

import java.util.List;

/**
 * Why a rule matched a statement.
 *
 * @param rule the rule's name
 * @param matched what matched, as {@code field: value} (for example {@code entity.org: Western
 *     Azerbaijan Community} or {@code text: deportation})
 * @param snippet the text around the first match, or the start of the text when the match is in a
 *     field with no place in the text (source, tags)
 */
public record RuleMatch(String rule, List<String> matched, String snippet) {
  public RuleMatch {
    matched = List.copyOf(matched);
  }
}
