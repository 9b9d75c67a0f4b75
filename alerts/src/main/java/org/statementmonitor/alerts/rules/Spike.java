package org.statementmonitor.alerts.rules;

import java.time.Duration;

/**
 * Parameters of a {@link RuleKind#SPIKE} rule: the count of matching statements in a sliding {@code
 * window} fires when it reaches {@code threshold}, or when it reaches {@code multiple} times the
 * average count per window over the preceding {@code baseline}.
 *
 * @param window length of the sliding window
 * @param threshold absolute count that fires, or null
 * @param multiple factor over the baseline that fires, or null
 * @param baseline how far back the baseline reaches (default 24 windows)
 * @param minimum fewest matches in the window for a multiple to fire (avoids 0 to 2 being a spike)
 */
public record Spike(Duration window, Integer threshold, Double multiple, Duration baseline, int minimum) {

  /** Buckets per window: the window slides in steps of window / BUCKETS. */
  public static final int BUCKETS = 12;

  /** Longest window accepted. */
  public static final Duration MAX_WINDOW = Duration.ofDays(1);

  /** Longest baseline accepted; the spike counts are kept this long plus one window. */
  public static final Duration MAX_BASELINE = Duration.ofDays(7);

  public Spike {
    if (window == null) {
      window = Duration.ofHours(1);
    }
    if (window.toMillis() < BUCKETS * 1000L) {
      throw new IllegalArgumentException("spike.window must be at least " + BUCKETS + "s, was " + window);
    }
    if (threshold == null && multiple == null) {
      throw new IllegalArgumentException("a spike rule needs spike.threshold (a count) or spike.multiple (of the baseline)");
    }
    if (threshold != null && threshold < 1) {
      throw new IllegalArgumentException("spike.threshold must be >= 1, was " + threshold);
    }
    if (multiple != null && !(multiple > 1.0)) {
      throw new IllegalArgumentException("spike.multiple must be > 1, was " + multiple);
    }
    if (baseline == null) {
      baseline = window.multipliedBy(24);
    }
    if (window.compareTo(MAX_WINDOW) > 0 || baseline.compareTo(MAX_BASELINE) > 0) {
      throw new IllegalArgumentException("spike.window may be at most 1d and spike.baseline at most 7d");
    }
    if (baseline.compareTo(window) < 0) {
      throw new IllegalArgumentException("spike.baseline must be at least the window");
    }
    if (minimum < 1) {
      minimum = 3;
    }
  }

  /** Length of one counting bucket. */
  public long bucketMillis() {
    return window.toMillis() / BUCKETS;
  }
}
