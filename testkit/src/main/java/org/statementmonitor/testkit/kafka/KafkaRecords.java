package org.statementmonitor.testkit.kafka;

import org.awaitility.Awaitility;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.Serdes;
import org.statementmonitor.common.json.Json;
import org.statementmonitor.common.topic.Topic;

/**
 * Short-lived Kafka clients for tests: create topics, produce and wait for the acknowledgement, read
 * committed records with a timeout. Each call opens and closes its own client, so tests need no
 * cleanup. The methods of {@link KafkaCluster} delegate here.
 */
public final class KafkaRecords {

  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

  /** A record to produce. */
  public record KeyValue<K, V>(K key, V value) {}

  private KafkaRecords() {}

  /** {@code prefix-} followed by 8 random hex digits. */
  public static String uniqueName(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Creates topics with {@code partitions} partitions and replication factor 1, if missing. */
  public static void createTopics(String bootstrap, int partitions, String... names) {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      List<NewTopic> topics = new ArrayList<>();
      for (String name : names) {
        topics.add(new NewTopic(name, partitions, (short) 1));
      }
      for (var result : admin.createTopics(topics).values().entrySet()) {
        try {
          result.getValue().get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw new IllegalStateException("cannot create topic " + result.getKey() + ": " + e.getCause(), e);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("Kafka at " + bootstrap + " did not create topics in " + CALL_TIMEOUT, e);
    }
  }

  /** Produces the records in order (idempotent, acks=all) and waits for every acknowledgement. */
  public static <K, V> void send(String bootstrap, Topic<K, V> topic, List<KeyValue<K, V>> records) {
    Map<String, Object> props = new HashMap<>();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) CALL_TIMEOUT.toMillis());
    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) CALL_TIMEOUT.toMillis() - 1000);
    try (KafkaProducer<K, V> producer = new KafkaProducer<>(props,
        topic.keySerde().serializer(), topic.valueSerde().serializer())) {
      List<Future<RecordMetadata>> acks = new ArrayList<>();
      for (KeyValue<K, V> r : records) {
        acks.add(producer.send(new ProducerRecord<>(topic.name(), r.key(), r.value())));
      }
      for (Future<RecordMetadata> ack : acks) {
        ack.get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while producing to " + topic.name(), e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot produce to " + topic.name() + " at " + bootstrap + ": " + e, e);
    }
  }

  /** Produces one JSON record; a {@code String} value is sent as is, anything else via {@link Json}. */
  public static void sendJson(String bootstrap, String topic, String key, Object value) {
    String json = value instanceof String s ? s : Json.toString(value);
    send(bootstrap, stringTopic(topic), List.of(new KeyValue<>(key, json)));
  }

  /** Reads from the beginning until at least {@code count} committed records arrived. */
  public static <K, V> List<ConsumerRecord<K, V>> await(
      String bootstrap, Topic<K, V> topic, int count, Duration timeout) {
    List<ConsumerRecord<K, V>> received = new ArrayList<>();
    try (KafkaConsumer<K, V> consumer = newConsumer(bootstrap, topic)) {
      Awaitility.await("at least " + count + " records on " + topic.name())
          .atMost(timeout)
          .pollInSameThread()
          .pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(50))
          .until(() -> {
            if (consumer.assignment().isEmpty() && !assignAll(consumer, topic.name(), Duration.ofSeconds(2))) {
              return false;
            }
            consumer.poll(Duration.ofMillis(200)).forEach(received::add);
            return received.size() >= count;
          });
    }
    return received;
  }

  /** Reads JSON values as {@code type}, see {@link #await(String, Topic, int, Duration)}. */
  public static <T> List<T> awaitJson(String bootstrap, String topic, Class<T> type, int count, Duration timeout) {
    List<T> values = new ArrayList<>();
    for (ConsumerRecord<String, String> r : await(bootstrap, stringTopic(topic), count, timeout)) {
      try {
        values.add(Json.mapper().readValue(r.value(), type));
      } catch (JsonProcessingException e) {
        throw new AssertionError("record " + r.key() + " at offset " + r.offset() + " of " + topic
            + " is not a " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
      }
    }
    return values;
  }

  /** Every committed record of the topic, read up to the end offsets taken now. */
  public static <K, V> List<ConsumerRecord<K, V>> readAll(String bootstrap, Topic<K, V> topic) {
    List<ConsumerRecord<K, V>> received = new ArrayList<>();
    try (KafkaConsumer<K, V> consumer = newConsumer(bootstrap, topic)) {
      if (!assignAll(consumer, topic.name(), CALL_TIMEOUT)) {
        return received;
      }
      Set<TopicPartition> partitions = consumer.assignment();
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, CALL_TIMEOUT);
      Awaitility.await("all records of " + topic.name() + " up to " + end)
          .atMost(CALL_TIMEOUT)
          .pollInSameThread()
          .pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(10))
          .until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(received::add);
            return partitions.stream().allMatch(tp -> consumer.position(tp) >= end.get(tp));
          });
    }
    return received;
  }

  private static Topic<String, String> stringTopic(String name) {
    return new Topic<>(name, Serdes.String(), Serdes.String());
  }

  private static <K, V> KafkaConsumer<K, V> newConsumer(String bootstrap, Topic<K, V> topic) {
    Map<String, Object> props = new HashMap<>();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
    return new KafkaConsumer<>(props, topic.keySerde().deserializer(), topic.valueSerde().deserializer());
  }

  /** Assigns every partition of the topic from the beginning; false when the topic does not exist yet. */
  private static boolean assignAll(KafkaConsumer<?, ?> consumer, String topic, Duration timeout) {
    List<PartitionInfo> infos;
    try {
      infos = consumer.partitionsFor(topic, timeout);
    } catch (org.apache.kafka.common.errors.TimeoutException notThereYet) {
      return false;
    }
    if (infos == null || infos.isEmpty()) {
      return false;
    }
    List<TopicPartition> partitions = infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    return true;
  }
}
