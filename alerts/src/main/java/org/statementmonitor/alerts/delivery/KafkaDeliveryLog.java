package org.statementmonitor.alerts.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serdes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.common.config.KafkaSettings;
import org.statementmonitor.common.json.JsonSerde;
import org.statementmonitor.common.topic.Topic;

/**
 * The delivery log in a compacted Kafka topic ({@value #TOPIC_NAME}): read whole at start into a set
 * of settled keys, appended to (acks=all, idempotent) after every final outcome. An append does not
 * wait for the broker: its stage completes from the producer's acknowledgement (the producer retries
 * on its own until {@code delivery.timeout.ms}), so a channel goes on to its next alert at once while
 * the alert's offset waits for the acknowledgement. Compaction keeps one record per alert and
 * channel; a time retention bounds it.
 */
public final class KafkaDeliveryLog implements DeliveryLog {

  private static final Logger LOG = LoggerFactory.getLogger(KafkaDeliveryLog.class);

  public static final String TOPIC_NAME = "monitor.alerts.deliveries";

  /** The deliveries topic: key {@code alertId|channel}, value the outcome. */
  public static final Topic<String, DeliveryRecord> TOPIC =
      new Topic<>(TOPIC_NAME, Serdes.String(), JsonSerde.of(DeliveryRecord.class));

  /** Topic settings: compacted, and records older than 30 days dropped. */
  public static final Map<String, String> TOPIC_CONFIG = Map.of("cleanup.policy", "compact,delete",
      "retention.ms", String.valueOf(Duration.ofDays(30).toMillis()));

  private static final CompletableFuture<Void> DURABLE = CompletableFuture.completedFuture(null);

  /** Per settled key, its write: {@link #DURABLE} once acknowledged or read from the log. */
  private final Map<String, CompletableFuture<Void>> settled = new ConcurrentHashMap<>();
  private final KafkaProducer<String, DeliveryRecord> producer;

  private KafkaDeliveryLog(KafkaProducer<String, DeliveryRecord> producer) {
    this.producer = producer;
  }

  /** Reads the whole log and opens a producer to append to it. */
  public static KafkaDeliveryLog open(KafkaSettings kafka) {
    Properties p = kafka.clientProperties();
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.CLIENT_ID_CONFIG, "monitor-alerts-delivery-log");
    KafkaDeliveryLog log = new KafkaDeliveryLog(new KafkaProducer<>(p, TOPIC.keySerde().serializer(),
        TOPIC.valueSerde().serializer()));
    log.readAll(kafka);
    return log;
  }

  private void readAll(KafkaSettings kafka) {
    Properties p = kafka.clientProperties();
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, Serdes.String().deserializer(),
        Serdes.ByteArray().deserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(TOPIC_NAME, Duration.ofSeconds(30)).stream()
          .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      while (!caughtUp(consumer, end)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("could not read the delivery log " + TOPIC_NAME + " within 2 minutes");
        }
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          if (r.key() != null && r.value() != null) {
            settled.put(r.key(), DURABLE);
          } else if (r.key() != null) {
            settled.remove(r.key());
          }
        }
      }
    }
    LOG.info("delivery log {} read: {} settled deliveries", TOPIC_NAME, settled.size());
  }

  private static boolean caughtUp(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
    for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
      if (consumer.position(e.getKey()) < e.getValue()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public CompletionStage<Void> recorded(String alertId, String channel) {
    return settled.get(DeliveryRecord.key(alertId, channel));
  }

  @Override
  public CompletionStage<Void> record(DeliveryRecord record) {
    String key = DeliveryRecord.key(record.alertId(), record.channel());
    CompletableFuture<Void> written = new CompletableFuture<>();
    settled.put(key, written);
    try {
      producer.send(new ProducerRecord<>(TOPIC_NAME, key, record), (metadata, error) -> {
        if (error == null) {
          settled.replace(key, written, DURABLE);
          written.complete(null);
        } else {
          written.completeExceptionally(notWritten(key, error));
        }
      });
    } catch (RuntimeException e) {
      // the producer is closed, or its buffer stayed full for max.block.ms
      written.completeExceptionally(notWritten(key, e));
    }
    return written;
  }

  private static DeliveryException notWritten(String key, Exception cause) {
    return new DeliveryException("cannot record delivery " + key + " in " + TOPIC_NAME + ": " + cause, true, cause);
  }

  /** Number of settled deliveries known. */
  public int size() {
    return settled.size();
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
  }
}
