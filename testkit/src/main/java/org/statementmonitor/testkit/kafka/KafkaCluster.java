package org.statementmonitor.testkit.kafka;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.statementmonitor.common.config.KafkaSettings;
import org.statementmonitor.common.topic.Topic;

/**
 * A real Kafka broker for tests, shared by every test class of the JVM (so use topic names and group
 * ids of your own, see {@link #uniqueName}). Obtain it from {@link KafkaExtension} as a test or
 * lifecycle method parameter, or from {@code TestServers.kafka()}.
 *
 * <p>The helper methods use short-lived clients: a producer with {@code acks=all} per call, a consumer
 * with a fresh group, {@code read_committed}, from the earliest offset.
 */
public interface KafkaCluster extends AutoCloseable {

  /** The bootstrap address, {@code host:port}; stable across {@link #stop()}/{@link #start()}. */
  String bootstrapServers();

  /** Makes the broker unavailable (the embedded broker shuts down; a container is paused). */
  void stop();

  /** Makes the broker available again with the same data and address. */
  void start();

  /** Whether the broker is available now. */
  boolean isRunning();

  /** Stops the broker for good and deletes its data. Called by the testkit at the end of the run. */
  @Override
  void close();

  /** Connection settings for services under test. */
  default KafkaSettings settings() {
    return KafkaSettings.plaintext(bootstrapServers());
  }

  /** A name no other test of the run uses: {@code prefix-<random>}. */
  static String uniqueName(String prefix) {
    return KafkaRecords.uniqueName(prefix);
  }

  /** Creates topics with one partition each; existing topics are left alone. */
  default void createTopics(String... names) {
    createTopics(1, names);
  }

  /** Creates topics with {@code partitions} partitions each; existing topics are left alone. */
  default void createTopics(int partitions, String... names) {
    KafkaRecords.createTopics(bootstrapServers(), partitions, names);
  }

  /** Produces one record with the topic's serdes and waits for the acknowledgement. */
  default <K, V> void send(Topic<K, V> topic, K key, V value) {
    KafkaRecords.send(bootstrapServers(), topic, List.of(new KafkaRecords.KeyValue<>(key, value)));
  }

  /** Produces records in order, with the topic's serdes, and waits for every acknowledgement. */
  default <K, V> void sendAll(Topic<K, V> topic, List<KafkaRecords.KeyValue<K, V>> records) {
    KafkaRecords.send(bootstrapServers(), topic, records);
  }

  /** Produces one record whose value is {@code value} written as JSON (a string is sent as is). */
  default void sendJson(String topic, String key, Object value) {
    KafkaRecords.sendJson(bootstrapServers(), topic, key, value);
  }

  /**
   * Reads the topic from the beginning until at least {@code count} committed records arrived;
   * fails (Awaitility {@code ConditionTimeoutException}) when they do not within {@code timeout}.
   */
  default <K, V> List<ConsumerRecord<K, V>> await(Topic<K, V> topic, int count, Duration timeout) {
    return KafkaRecords.await(bootstrapServers(), topic, count, timeout);
  }

  /** Like {@link #await(Topic, int, Duration)} for a topic of JSON values, read as {@code type}. */
  default <T> List<T> awaitJson(String topic, Class<T> type, int count, Duration timeout) {
    return KafkaRecords.awaitJson(bootstrapServers(), topic, type, count, timeout);
  }

  /**
   * Every committed record of the topic now, read up to the end offsets taken at the call: for
   * "exactly once" assertions after the producers are done.
   */
  default <K, V> List<ConsumerRecord<K, V>> readAll(Topic<K, V> topic) {
    return KafkaRecords.readAll(bootstrapServers(), topic);
  }
}
