package org.statementmonitor.alerts.rules;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * At most {@code count} alerts of a rule per {@code period}; written {@code "10/1h"} in YAML.
 *
 * @param count alerts allowed per period, at least 1
 * @param period length of a throttling period
 */
public record Throttle(int count, Duration period) {

  private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,6})\\s*/\\s*(\\S+)\\s*");

  /** Applied to a rule that matches nearly everything and has no throttle of its own. */
  public static final Throttle FOR_BROAD_RULES = new Throttle(10, Duration.ofHours(1));

  public Throttle {
    if (count < 1) {
      throw new IllegalArgumentException("throttle count must be >= 1, was " + count);
    }
    if (period == null || period.isZero() || period.isNegative()) {
      throw new IllegalArgumentException("throttle period must be positive");
    }
  }

  /** Parses {@code N/period}, for example {@code 10/1h} or {@code 1/30m}. */
  public static Throttle parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw new IllegalArgumentException("throttle must look like 10/1h (at most N per period), was '"
          + text + "'");
    }
    return new Throttle(Integer.parseInt(m.group(1)), Durations.parse(m.group(2)));
  }

  @Override
  public String toString() {
    return count + "/" + Durations.format(period);
  }
}
