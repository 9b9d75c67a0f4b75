package org.statementmonitor.alerts.delivery;

import java.util.concurrent.CompletionStage;

/**
 * Which alerts reached which channel. The Kafka implementation ({@link KafkaDeliveryLog}) keeps it in
 * a compacted topic, so a restart or a replay of the alerts topic resends nothing already delivered
 * or given up on. Writes do not wait for the log: {@link #record} returns at once, and the caller
 * lets the alert count as settled (its offset be committed) only when the returned stage completes.
 */
public interface DeliveryLog extends AutoCloseable {

  /** Whether the alert was delivered to the channel, or given up on (durable or still being written). */
  default boolean settled(String alertId, String channel) {
    return recorded(alertId, channel) != null;
  }

  /**
   * The write of the alert's outcome on the channel: completed once the log holds it (or it was read
   * from the log at start), pending while it is written, failed when it could not be written; null
   * when no outcome is known.
   */
  CompletionStage<Void> recorded(String alertId, String channel);

  /**
   * Records a final outcome without waiting: from this call on the alert counts as {@link #settled}
   * on the channel in this process, and the returned stage completes once the outcome is durable,
   * or exceptionally (with a {@link DeliveryException}) when it cannot be written.
   */
  CompletionStage<Void> record(DeliveryRecord record);

  @Override
  default void close() {}
}
