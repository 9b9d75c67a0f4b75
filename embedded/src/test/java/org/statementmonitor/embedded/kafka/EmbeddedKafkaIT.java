package org.statementmonitor.embedded.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaIT {

  @TempDir Path dir;

  @Test
  void shouldKeepTopicsAndRecordsAcrossARestartOnTheSameDirectoryAndPort() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.builder().dataDir(dir.resolve("kafka")).port(0).build().start()) {
      String bootstrap = kafka.bootstrapServers();
      createTopic(bootstrap, "restart-check");
      produce(bootstrap, "restart-check", "k1", "before");

      kafka.stop();
      assertThat(kafka.isRunning()).isFalse();
      assertThatThrownBy(() -> listTopics(bootstrap)).isInstanceOf(ExecutionException.class);
      kafka.start();

      assertThat(kafka.bootstrapServers()).isEqualTo(bootstrap);
      produce(bootstrap, "restart-check", "k2", "after");
      assertThat(consumeValues(bootstrap, "restart-check", 2)).containsExactly("before", "after");
    }
  }

  @Test
  void shouldGiveProducersAfterARestartIdsOfTheirOwn() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.builder().dataDir(dir.resolve("kafka")).port(0).build().start()) {
      String bootstrap = kafka.bootstrapServers();
      createTopic(bootstrap, "producer-ids");
      for (int i = 0; i < 3; i++) {
        produce(bootstrap, "producer-ids", "before-" + i, "before");
      }
      Set<Long> before = producerIds(bootstrap, "producer-ids");

      kafka.stop();
      kafka.start();
      produce(bootstrap, "producer-ids", "after", "after");

      Set<Long> after = producerIds(bootstrap, "producer-ids");
      assertThat(before).hasSize(3);
      assertThat(after).hasSize(4).containsAll(before);
    }
  }

  @Test
  void shouldLeadEveryPartitionAgainWhenARestartReturns() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.builder().dataDir(dir.resolve("kafka")).port(0).build().start()) {
      String bootstrap = kafka.bootstrapServers();
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
        admin.createTopics(List.of(new NewTopic("many-partitions", 24, (short) 1))).all().get(30, TimeUnit.SECONDS);
      }
      produce(bootstrap, "many-partitions", "k", "before");

      kafka.stop();
      kafka.start();

      // no retry here: start() promised that every partition is led once it returned
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(List.of("many-partitions")).allTopicNames().get(10, TimeUnit.SECONDS)
            .get("many-partitions").partitions().forEach(p -> {
              assertThat(p.leader()).as("leader of partition %s", p.partition()).isNotNull();
              latest.put(new TopicPartition("many-partitions", p.partition()), OffsetSpec.latest());
            });
        assertThat(admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS)).hasSize(24);
      }
    }
  }

  private static Set<Long> producerIds(String bootstrap, String topic) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      TopicPartition partition = new TopicPartition(topic, 0);
      Set<Long> ids = new HashSet<>();
      for (ProducerState state : admin.describeProducers(List.of(partition)).partitionResult(partition)
          .get(30, TimeUnit.SECONDS).activeProducers()) {
        ids.add(state.producerId());
      }
      return ids;
    }
  }

  private static void createTopic(String bootstrap, String name) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      admin.createTopics(List.of(new NewTopic(name, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
    }
  }

  private static void listTopics(String bootstrap) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap,
        "request.timeout.ms", 1000, "default.api.timeout.ms", 2000))) {
      admin.listTopics().names().get(5, TimeUnit.SECONDS);
    }
  }

  private static void produce(String bootstrap, String topic, String key, String value) throws Exception {
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
        new StringSerializer(), new StringSerializer())) {
      producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
    }
  }

  private static List<String> consumeValues(String bootstrap, String topic, int count) {
    List<String> values = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ConsumerConfig.GROUP_ID_CONFIG, "restart-check-reader",
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
        new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (values.size() < count && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
          values.add(r.value());
        }
      }
    }
    return values;
  }
}
