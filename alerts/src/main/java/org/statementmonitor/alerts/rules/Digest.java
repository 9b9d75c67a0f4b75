package org.statementmonitor.alerts.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Groups a rule's alerts into one message per hour or per day (UTC). */
public enum Digest {
  HOURLY(Duration.ofHours(1), ChronoUnit.HOURS),
  DAILY(Duration.ofDays(1), ChronoUnit.DAYS);

  private final Duration period;
  private final ChronoUnit unit;

  Digest(Duration period, ChronoUnit unit) {
    this.period = period;
    this.unit = unit;
  }

  /** The start of the digest period that holds {@code time}. */
  public Instant periodStart(Instant time) {
    return time.truncatedTo(unit);
  }

  /** The end (exclusive) of the period starting at {@code start}. */
  public Instant periodEnd(Instant start) {
    return start.plus(period);
  }

  /** Parses {@code hourly} or {@code daily}. */
  public static Digest parse(String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "hourly", "hour", "1h" -> HOURLY;
      case "daily", "day", "1d" -> DAILY;
      default -> throw new IllegalArgumentException("digest must be hourly or daily, was '" + value + "'");
    };
  }

  /** The YAML name. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
