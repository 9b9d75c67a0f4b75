package org.statementmonitor.alerts.delivery;

import java.time.Instant;

/**
 * What became of one alert on one channel: the value of the deliveries topic (compacted, keyed by
 * {@link #key(String, String)}).
 *
 * @param outcome {@code delivered} or {@code dead} (gave up; the reason says why)
 * @param attempts attempts made
 * @param reason the last error, for {@code dead}
 */
public record DeliveryRecord(String alertId, String channel, String outcome, int attempts, String reason, Instant at) {

  public static final String DELIVERED = "delivered";
  public static final String DEAD = "dead";

  /** The key of an alert's record for a channel. */
  public static String key(String alertId, String channel) {
    return alertId + "|" + channel;
  }
}
