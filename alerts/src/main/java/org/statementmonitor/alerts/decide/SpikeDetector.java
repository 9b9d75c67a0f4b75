package org.statementmonitor.alerts.decide;

import java.util.function.LongBinaryOperator;
import org.statementmonitor.alerts.rules.Spike;

/**
 * Decides whether a spike rule fires, from the counts of matching statements in its counting buckets:
 * the count over the window that ends now against the threshold, or against {@code multiple} times
 * the average count per window over the baseline that precedes it (fires when the count is more
 * than that).
 */
public final class SpikeDetector {

  /** The floor of the baseline average, so a rule with no history needs more than one match. */
  static final double MIN_BASELINE = 0.5;

  private SpikeDetector() {}

  /**
   * What the counts say.
   *
   * @param fire whether the rule fires
   * @param count matching statements in the window
   * @param baseline average per window over the baseline (0 when the rule has only a threshold)
   */
  public record Verdict(boolean fire, long count, double baseline) {}

  /**
   * Judges the window ending at {@code now}; {@code sum} returns the count of matches with times in
   * {@code [from, to)}.
   */
  public static Verdict judge(Spike spike, long now, LongBinaryOperator sum) {
    long window = spike.window().toMillis();
    long count = sum.applyAsLong(now - window + 1, now + 1);
    if (spike.threshold() != null && count >= spike.threshold()) {
      return new Verdict(true, count, 0);
    }
    if (spike.multiple() == null) {
      return new Verdict(false, count, 0);
    }
    long baselineMillis = spike.baseline().toMillis();
    long history = sum.applyAsLong(now - window - baselineMillis + 1, now - window + 1);
    double average = history / (baselineMillis / (double) window);
    boolean fire = count >= spike.minimum() && count > spike.multiple() * Math.max(average, MIN_BASELINE);
    return new Verdict(fire, count, average);
  }
}
