package org.statementmonitor.alerts.rules;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One alert rule as the operator wrote it.
 *
 * @param name unique name, also used in alert ids and file names ({@code [A-Za-z0-9_.-]}, 1-100)
 * @param query Lucene query syntax over the fields of {@code org.statementmonitor.alerts.query.StatementFields}
 * @param kind what makes it fire
 * @param throttle at most N alerts per period, or null for no limit
 * @param channels names of configured channels to deliver to (the alerts topic is always written)
 * @param digest group deliveries per hour or day, or null to deliver each alert
 * @param spike spike parameters, required for {@link RuleKind#SPIKE} and null otherwise
 * @param origin the file (or {@code api}) the rule came from, for messages
 */
public record Rule(
    String name,
    String query,
    RuleKind kind,
    Throttle throttle,
    List<String> channels,
    Digest digest,
    Spike spike,
    String origin) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,100}");

  /** Longest query accepted, in characters. */
  public static final int MAX_QUERY_CHARS = 10_000;

  public Rule {
    Objects.requireNonNull(name, "rule name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("name must be 1-100 letters, digits, '.', '_' or '-', was '" + name + "'");
    }
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("query is required");
    }
    if (query.length() > MAX_QUERY_CHARS) {
      throw new IllegalArgumentException("query is longer than " + MAX_QUERY_CHARS + " characters");
    }
    kind = kind == null ? RuleKind.MATCH : kind;
    channels = channels == null ? List.of() : List.copyOf(channels);
    if (kind == RuleKind.SPIKE && spike == null) {
      throw new IllegalArgumentException("a spike rule needs a spike section (window, threshold or multiple)");
    }
    if (kind != RuleKind.SPIKE && spike != null) {
      throw new IllegalArgumentException("spike parameters are only allowed with kind: spike");
    }
    origin = origin == null ? "unknown" : origin;
  }

  /** A match rule with no throttle, digest or channels: for tests and the offline command. */
  public static Rule match(String name, String query) {
    return new Rule(name, query, RuleKind.MATCH, null, List.of(), null, null, "inline");
  }

  /** The same rule read from another origin. */
  public Rule withOrigin(String newOrigin) {
    return new Rule(name, query, kind, throttle, channels, digest, spike, newOrigin);
  }

  /** Whether this rule's definition differs from {@code other}, ignoring where it came from. */
  public boolean sameDefinition(Rule other) {
    return other != null && withOrigin("x").equals(other.withOrigin("x"));
  }
}
