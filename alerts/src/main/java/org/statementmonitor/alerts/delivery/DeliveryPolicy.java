package org.statementmonitor.alerts.delivery;

import java.time.Duration;

/**
 * How deliveries are retried: exponential backoff from {@code initialBackoff} to {@code maxBackoff},
 * until the alert has waited {@code maxAge} for its channel; then it is dead-lettered with the reason.
 */
public record DeliveryPolicy(Duration initialBackoff, Duration maxBackoff, Duration maxAge) {

  public DeliveryPolicy {
    if (initialBackoff.isNegative() || initialBackoff.isZero() || maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("delivery backoff must be positive, with max >= initial");
    }
    if (maxAge.isNegative() || maxAge.isZero()) {
      throw new IllegalArgumentException("delivery maxAge must be positive");
    }
  }

  /** The wait before attempt {@code attempt + 1}, after {@code attempt} failures (1-based). */
  public Duration backoff(int attempt) {
    long factor = 1L << Math.min(Math.max(attempt - 1, 0), 20);
    long millis = initialBackoff.toMillis() * factor;
    return millis > maxBackoff.toMillis() || millis < 0 ? maxBackoff : Duration.ofMillis(millis);
  }
}
