package org.statementmonitor.ingest.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try a fetch again: exponential backoff with jitter (a random delay between half and all of {@code base * 2^n}),
 * capped, and a server's {@code Retry-After} (seconds or an HTTP date) honoured up to the cap.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

  /** The delay before attempt {@code attempt + 1}, given the failure of attempt {@code attempt} (1-based). */
  public Duration delayAfter(int attempt, long retryAfterMillis) {
    long cap = maxDelay.toMillis();
    if (retryAfterMillis >= 0) {
      return Duration.ofMillis(Math.min(retryAfterMillis, cap));
    }
    long ceiling = Math.min(cap, baseDelay.toMillis() << Math.min(attempt - 1, 20));
    return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
  }

  /** Whether another attempt follows attempt {@code attempt} (1-based). */
  public boolean shouldRetry(int attempt, FetchException failure) {
    return attempt < maxAttempts && failure.reason().retryable();
  }

  /** Parses a Retry-After header into milliseconds from now, or -1 when absent or unreadable. */
  public static long parseRetryAfter(String header, Instant now) {
    if (header == null || header.isBlank()) {
      return -1;
    }
    String value = header.trim();
    try {
      return Math.max(0, Long.parseLong(value) * 1000);
    } catch (NumberFormatException e) {
      try {
        Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return Math.max(0, Duration.between(now, at).toMillis());
      } catch (RuntimeException notADate) {
        return -1;
      }
    }
  }
}
