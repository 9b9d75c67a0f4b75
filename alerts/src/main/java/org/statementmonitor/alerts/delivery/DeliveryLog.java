package org.statementmonitor.alerts.delivery;

/**
 * Which alerts reached which channel. The Kafka implementation ({@link KafkaDeliveryLog}) keeps it in
 * a compacted topic, so a restart or a replay of the alerts topic resends nothing already delivered
 * or given up on.
 */
public interface DeliveryLog extends AutoCloseable {

  /** Whether the alert was delivered to the channel, or given up on. */
  boolean settled(String alertId, String channel);

  /** Records a final outcome; returns once it is durable. */
  void record(DeliveryRecord record) throws DeliveryException;

  @Override
  default void close() {}
}
