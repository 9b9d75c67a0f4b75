package org.statementmonitor.alerts.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What makes a rule raise an alert. */
public enum RuleKind {
  /** Every new original statement that matches (copies of it do not fire again). */
  MATCH,
  /** Like {@link #MATCH}, and then every copy of a matching original, with outlet and delay. */
  PICKUP,
  /** The number of matching statements in a sliding window exceeds a threshold or its baseline. */
  SPIKE,
  /** A matching statement from a source this rule has never seen before. */
  NEW_SOURCE;

  /** The name used in YAML and in alerts: {@code match}, {@code new_source}... */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a YAML name, case-insensitively. */
  public static RuleKind parse(String value) {
    for (RuleKind kind : values()) {
      if (kind.yamlName().equalsIgnoreCase(value.trim().replace('-', '_'))) {
        return kind;
      }
    }
    throw new IllegalArgumentException("kind must be one of "
        + Arrays.stream(values()).map(RuleKind::yamlName).collect(Collectors.joining(", "))
        + ", was '" + value + "'");
  }
}
