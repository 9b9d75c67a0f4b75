package org.statementmonitor.common.logging;

import java.nio.charset.StandardCharsets;
import org.slf4j.MDC;

/**
 * Marks the log lines written while one statement is processed with its id (MDC key {@value #KEY}).
 * Use in try-with-resources around the work on one statement; the key is removed at the end, so a
 * pooled thread never carries a stale id into the next record.
 */
public final class StatementMdc {

  /** The MDC key holding the statement id. */
  public static final String KEY = "statementId";

  private StatementMdc() {}

  /** The span of one statement's processing; closing it removes the id. */
  @FunctionalInterface
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }

  /** Sets the statement id until the returned scope is closed; a null id clears it for the scope. */
  public static Scope of(String statementId) {
    if (statementId == null) {
      MDC.remove(KEY);
    } else {
      MDC.put(KEY, statementId);
    }
    return () -> MDC.remove(KEY);
  }

  /** The same for a Kafka record key (the statement id in UTF-8), or null. */
  public static Scope ofKey(byte[] key) {
    return of(key == null ? null : new String(key, StandardCharsets.UTF_8));
  }
}
