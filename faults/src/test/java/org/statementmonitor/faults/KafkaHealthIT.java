package org.statementmonitor.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.statementmonitor.common.config.KafkaSettings;
import org.statementmonitor.common.health.HealthSettings;
import org.statementmonitor.common.health.KafkaHealth;
import org.statementmonitor.common.ops.HealthCheck;
import org.statementmonitor.common.topic.Topic;
import org.statementmonitor.testkit.kafka.KafkaCluster;
import org.statementmonitor.testkit.kafka.KafkaExtension;
import org.statementmonitor.testkit.kafka.KafkaRecords;

/** The {@code kafka} health check against the real broker: reachable, unreachable, and a lagging group. */
@ExtendWith(KafkaExtension.class)
class KafkaHealthIT {

  @Test
  void shouldBeUpWithTheClusterIdWhenTheBrokerAnswers(KafkaCluster kafka) {
    try (KafkaHealth health = KafkaHealth.open(kafka.settings(), HealthSettings.defaults())) {
      HealthCheck.Status status = health.check();
      assertThat(status.up()).as("%s", status.details()).isTrue();
      assertThat(status.details()).containsKey("clusterId");
    }
  }

  @Test
  void shouldBeDownWithinTheTimeoutWhenNoBrokerAnswers() {
    HealthSettings settings = new HealthSettings(500, 0, null, null);
    long started = System.nanoTime();
    try (KafkaHealth health = KafkaHealth.open(KafkaSettings.plaintext("127.0.0.1:1"), settings)) {
      HealthCheck.Status status = health.check();
      assertThat(status.up()).isFalse();
      assertThat((String) status.details().get("reason")).contains("Kafka not reachable within 500 ms");
    }
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void shouldBeDownWhenAGroupLagsPastTheThresholdAndUpOnceItCatchesUp(KafkaCluster kafka) {
    // Given a topic with 30 records and a group that committed offset 0
    String topic = KafkaCluster.uniqueName("health-lag");
    String group = topic + "-group";
    kafka.createTopics(topic);
    Topic<String, String> strings = new Topic<>(topic, Serdes.String(), Serdes.String());
    kafka.sendAll(strings, java.util.stream.IntStream.range(0, 30)
        .mapToObj(i -> new KafkaRecords.KeyValue<>("k" + i, "v" + i)).toList());
    commit(kafka.settings(), group, new TopicPartition(topic, 0), 0);
    HealthSettings settings = new HealthSettings(2000, 0, 10L, List.of(group));
    try (KafkaHealth health = KafkaHealth.open(kafka.settings(), settings)) {
      // Then it is DOWN, naming the group and its lag
      HealthCheck.Status behind = health.check();
      assertThat(behind.up()).isFalse();
      assertThat(behind.details().get("consumerLag")).isEqualTo(Map.of(group, 30L));
      assertThat((String) behind.details().get("reason")).contains(group, "30");

      // When the group catches up, it is UP again
      commit(kafka.settings(), group, new TopicPartition(topic, 0), 25);
      HealthCheck.Status caughtUp = health.check();
      assertThat(caughtUp.up()).as("%s", caughtUp.details()).isTrue();
      assertThat(caughtUp.details().get("consumerLag")).isEqualTo(Map.of(group, 5L));
    }
  }

  @Test
  void shouldReuseTheAnswerWithinTheCachePeriod() {
    HealthSettings settings = new HealthSettings(300, 60_000, null, null);
    try (KafkaHealth health = KafkaHealth.open(KafkaSettings.plaintext("127.0.0.1:1"), settings)) {
      HealthCheck.Status first = health.check();
      HealthCheck.Status second = health.check();
      assertThat(second).isSameAs(first);
    }
  }

  private static void commit(KafkaSettings kafka, String group, TopicPartition partition, long offset) {
    Properties p = kafka.clientProperties();
    p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
        new ByteArrayDeserializer())) {
      consumer.commitSync(Map.of(partition, new OffsetAndMetadata(offset)));
    }
  }
}
