package org.statementmonitor.alerts.decide;

import java.time.Instant;
import org.statementmonitor.alerts.rules.Throttle;

/** Decides whether a rule may raise one more alert now: at most N per period, counting what it holds back. */
public final class Throttler {

  private Throttler() {}

  /**
   * The decision for one alert.
   *
   * @param raise whether the alert is raised
   * @param suppressedBefore alerts held back before this one (reported in it), when raised
   * @param next the state to store
   */
  public record Decision(boolean raise, int suppressedBefore, ThrottleState next) {}

  /** Admits or holds back one alert at {@code now}; {@code state} may be null (first alert). */
  public static Decision admit(ThrottleState state, Throttle throttle, Instant now) {
    ThrottleState s = state;
    if (s == null) {
      s = new ThrottleState(now, 0, 0);
    } else if (!now.isBefore(s.periodStart().plus(throttle.period()))) {
      s = new ThrottleState(now, 0, s.suppressed());
    }
    if (s.count() < throttle.count()) {
      return new Decision(true, s.suppressed(), new ThrottleState(s.periodStart(), s.count() + 1, 0));
    }
    return new Decision(false, 0, new ThrottleState(s.periodStart(), s.count(), s.suppressed() + 1));
  }
}
