package org.statementmonitor.ingest.poll;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live status of one source, for the health endpoint: OK, FAILING (with the last error and the
 * count of consecutive failures) or PENDING before its first poll; counts of items seen, new, updated
 * and failed; last success and next poll.
 */
public final class SourceStatus {

  private final String type;
  private volatile Instant lastSuccess;
  private volatile Instant lastAttempt;
  private volatile Instant nextPoll;
  private volatile String lastError;
  private volatile int consecutiveFailures;
  final AtomicLong seen = new AtomicLong();
  final AtomicLong produced = new AtomicLong();
  final AtomicLong updated = new AtomicLong();
  final AtomicLong failed = new AtomicLong();

  public SourceStatus(String type) {
    this.type = type;
  }

  void succeeded(Instant at) {
    lastAttempt = at;
    lastSuccess = at;
    consecutiveFailures = 0;
    lastError = null;
  }

  void failedPoll(Instant at, String error) {
    lastAttempt = at;
    lastError = error;
    consecutiveFailures++;
  }

  void scheduled(Instant at) {
    nextPoll = at;
  }

  /** Consecutive failed polls. */
  public int consecutiveFailures() {
    return consecutiveFailures;
  }

  /** Whether the last poll failed. */
  public boolean failing() {
    return consecutiveFailures > 0;
  }

  /** Epoch seconds of the last success, or 0. */
  public double lastSuccessEpochSeconds() {
    Instant s = lastSuccess;
    return s == null ? 0 : s.getEpochSecond();
  }

  /** The status as shown in /health. */
  public Map<String, Object> report() {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("status", failing() ? "FAILING" : lastSuccess == null ? "PENDING" : "OK");
    r.put("type", type);
    r.put("lastSuccess", lastSuccess == null ? null : lastSuccess.toString());
    r.put("lastAttempt", lastAttempt == null ? null : lastAttempt.toString());
    r.put("nextPoll", nextPoll == null ? null : nextPoll.toString());
    r.put("consecutiveFailures", consecutiveFailures);
    if (lastError != null) {
      r.put("lastError", lastError);
    }
    r.put("itemsSeen", seen.get());
    r.put("itemsNew", produced.get());
    r.put("itemsUpdated", updated.get());
    r.put("itemsFailed", failed.get());
    r.values().removeIf(java.util.Objects::isNull);
    return r;
  }
}
