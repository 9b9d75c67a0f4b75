package org.statementmonitor.common.event;

import java.time.Instant;

/**
 * A record a stage could not process, with the reason: the value of the dead-letter topic.
 *
 * @param stage the service and step that gave up (for example {@code indexer.bulk})
 * @param topic where the record came from, with partition and offset when known (else -1)
 * @param key the record key as text, or null
 * @param value the record value as text (truncated to a bound by the writer)
 * @param reason what was wrong, in words an operator can act on
 * @param error the exception class, or null
 */
public record DeadLetter(
    int schemaVersion,
    String stage,
    String topic,
    int partition,
    long offset,
    String key,
    String value,
    String reason,
    String error,
    Instant failed) {

  public static final int SCHEMA_VERSION = 1;

  /** Longest value kept in a dead letter, in characters. */
  public static final int MAX_VALUE_CHARS = 64 * 1024;

  public DeadLetter {
    if (value != null && value.length() > MAX_VALUE_CHARS) {
      value = value.substring(0, MAX_VALUE_CHARS);
    }
  }
}
