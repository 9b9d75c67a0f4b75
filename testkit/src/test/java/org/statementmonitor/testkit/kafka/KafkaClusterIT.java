package org.statementmonitor.testkit.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.statementmonitor.common.topic.Topic;

@ExtendWith(KafkaExtension.class)
class KafkaClusterIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  @Test
  void shouldShowReadCommittedConsumersOnlyCommittedTransactions(KafkaCluster kafka) {
    Topic<String, String> topic = stringTopic(KafkaCluster.uniqueName("tx"));
    kafka.createTopics(topic.name());

    try (KafkaProducer<String, String> producer = transactionalProducer(kafka, "tx-writer")) {
      producer.initTransactions();
      producer.beginTransaction();
      producer.send(new ProducerRecord<>(topic.name(), "a", "aborted"));
      producer.flush();
      producer.abortTransaction();
      producer.beginTransaction();
      producer.send(new ProducerRecord<>(topic.name(), "b", "committed-1"));
      producer.send(new ProducerRecord<>(topic.name(), "c", "committed-2"));
      producer.commitTransaction();
    }

    List<ConsumerRecord<String, String>> seen = kafka.await(topic, 2, TIMEOUT);
    assertThat(seen).extracting(ConsumerRecord::value).containsExactly("committed-1", "committed-2");
    assertThat(kafka.readAll(topic)).extracting(ConsumerRecord::value)
        .containsExactly("committed-1", "committed-2");
  }

  @Test
  void shouldKeepRecordsWhenTheBrokerIsStoppedAndStartedAgain(KafkaCluster kafka) {
    Topic<String, String> topic = stringTopic(KafkaCluster.uniqueName("outage"));
    kafka.createTopics(3, topic.name());
    kafka.send(topic, "before", "v1");
    String address = kafka.bootstrapServers();

    kafka.stop();
    assertThat(kafka.isRunning()).isFalse();
    kafka.start();

    assertThat(kafka.bootstrapServers()).isEqualTo(address);
    kafka.send(topic, "after", "v2");
    assertThat(kafka.await(topic, 2, TIMEOUT)).extracting(ConsumerRecord::key)
        .containsExactlyInAnyOrder("before", "after");
  }

  @Test
  void shouldRoundTripJsonValues(KafkaCluster kafka) {
    String topic = KafkaCluster.uniqueName("json");
    kafka.createTopics(topic);

    kafka.sendJson(topic, "s-1", Map.of("title", "Joint appeal on detained journalists", "version", 1));

    List<Sample> values = kafka.awaitJson(topic, Sample.class, 1, TIMEOUT);
    assertThat(values).containsExactly(new Sample("Joint appeal on detained journalists", 1));
  }

  @Test
  void shouldWaitForATopicThatAppearsOnlyLater(KafkaCluster kafka) {
    Topic<String, String> topic = stringTopic(KafkaCluster.uniqueName("later"));
    CompletableFuture<Void> lateWriter = CompletableFuture.runAsync(
        () -> kafka.send(topic, "k", "late"), CompletableFuture.delayedExecutor(2, TimeUnit.SECONDS));

    assertThat(kafka.await(topic, 1, TIMEOUT)).extracting(ConsumerRecord::value).containsExactly("late");
    lateWriter.join();
  }

  @Test
  void shouldGiveEveryTestTheSameBroker(KafkaCluster first, KafkaCluster second) {
    assertThat(first).isSameAs(second);
    assertThat(first.settings().bootstrapServers()).isEqualTo(first.bootstrapServers());
  }

  record Sample(String title, int version) {}

  private static Topic<String, String> stringTopic(String name) {
    return new Topic<>(name, Serdes.String(), Serdes.String());
  }

  private static KafkaProducer<String, String> transactionalProducer(KafkaCluster kafka, String id) {
    return new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
        ProducerConfig.TRANSACTIONAL_ID_CONFIG, KafkaCluster.uniqueName(id),
        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
        new StringSerializer(), new StringSerializer());
  }
}
