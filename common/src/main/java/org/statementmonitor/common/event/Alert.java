package org.statementmonitor.common.event;

import java.time.Instant;
import java.util.List;

/**
 * An alert raised by a rule: the value of the alerts topic, keyed by {@link #id()} (rule + statement,
 * so a replay overwrites rather than repeats).
 *
 * @param kind match, pickup, spike, new_source or digest
 * @param matched the terms or entities that made the rule match
 * @param snippet text around the first match
 * @param suppressed alerts of this rule held back by throttling since the previous one
 */
public record Alert(
    int schemaVersion,
    String id,
    String rule,
    String kind,
    String statementId,
    String clusterId,
    String title,
    String url,
    String source,
    Instant published,
    Instant raised,
    List<String> matched,
    String snippet,
    String message,
    int suppressed) {

  public static final int SCHEMA_VERSION = 1;

  public Alert {
    matched = matched == null ? List.of() : List.copyOf(matched);
  }
}
