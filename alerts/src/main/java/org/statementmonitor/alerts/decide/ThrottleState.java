package org.statementmonitor.alerts.decide;

import java.time.Instant;

/**
 * A rule's throttling state, kept in the throttle store.
 *
 * @param periodStart start of the current period
 * @param count alerts raised in the current period
 * @param suppressed alerts held back since the last one raised
 */
public record ThrottleState(Instant periodStart, int count, int suppressed) {}
