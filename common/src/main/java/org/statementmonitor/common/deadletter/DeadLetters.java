package org.statementmonitor.common.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.statementmonitor.common.event.DeadLetter;

/** Builds {@link DeadLetter} records from what a stage had in hand when it gave up. */
public final class DeadLetters {

  private DeadLetters() {}

  /** A dead letter for a record read from {@code topic} at {@code partition}/{@code offset}. */
  public static DeadLetter of(String stage, String topic, int partition, long offset, byte[] key,
      byte[] value, String reason, Throwable error) {
    return new DeadLetter(DeadLetter.SCHEMA_VERSION, stage, topic, partition, offset, text(key), text(value),
        reason, error == null ? null : error.getClass().getName(), Instant.now());
  }

  /** A dead letter for something that did not come from a topic (a fetched item, an HTTP push). */
  public static DeadLetter of(String stage, String key, String value, String reason, Throwable error) {
    return new DeadLetter(DeadLetter.SCHEMA_VERSION, stage, null, -1, -1, key, value, reason,
        error == null ? null : error.getClass().getName(), Instant.now());
  }

  private static String text(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    int limit = Math.min(bytes.length, DeadLetter.MAX_VALUE_CHARS * 4);
    return new String(bytes, 0, limit, StandardCharsets.UTF_8);
  }
}
