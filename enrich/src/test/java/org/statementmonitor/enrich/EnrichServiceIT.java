package org.statementmonitor.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.ThreadMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.statementmonitor.common.config.ElasticsearchSettings;
import org.statementmonitor.common.config.MonitorConfig;
import org.statementmonitor.common.event.DeadLetter;
import org.statementmonitor.common.event.DuplicateStatus;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.event.Source;
import org.statementmonitor.common.event.Statement;
import org.statementmonitor.common.service.ServiceContext;
import org.statementmonitor.common.topic.Topics;
import org.statementmonitor.enrich.analysis.Analyzers;
import org.statementmonitor.enrich.dedup.CopyGenerator;
import org.statementmonitor.enrich.dedup.StatementFixture;
import org.statementmonitor.enrich.topology.EnrichConfig;
import org.statementmonitor.enrich.topology.EnrichTopology;
import org.statementmonitor.testkit.TestDirectories;
import org.statementmonitor.testkit.kafka.KafkaCluster;
import org.statementmonitor.testkit.kafka.KafkaExtension;

/**
 * Two enrich instances over a four-partition raw topic on the real broker: copies whose originals
 * were read by the other instance, from another partition, are still found; a bad record is
 * dead-lettered and the stream goes on.
 */
@ExtendWith(KafkaExtension.class)
class EnrichServiceIT {

  private static final int PARTITIONS = 4;

  @Test
  void shouldFindCopiesAcrossPartitionsAndInstances(KafkaCluster kafka) {
    kafka.createTopics(PARTITIONS, Topics.RAW.name(), Topics.ENRICHED.name(), Topics.DEAD_LETTERS.name());
    String run = KafkaCluster.uniqueName("it");
    EnrichConfig config = EnrichConfig.defaults().withApplicationId(run + "-enrich");
    Path dataA = TestDirectories.create("enrich-a");
    Path dataB = TestDirectories.create("enrich-b");
    try (EnrichService a = service(kafka, config, dataA); EnrichService b = service(kafka, config, dataB)) {
      a.start();
      b.start();
      await().atMost(Duration.ofSeconds(90)).until(() -> a.state() == KafkaStreams.State.RUNNING
          && b.state() == KafkaStreams.State.RUNNING && owned(a).size() + owned(b).size() == PARTITIONS
          && !owned(a).isEmpty() && !owned(b).isEmpty());

      // Given originals of two organisations (shared boilerplate), read by both instances
      StatementFixture fixture = new StatementFixture(42);
      CopyGenerator copier = new CopyGenerator(fixture.random());
      StatementFixture.Organisation org1 = fixture.organisation("Western Community Union");
      StatementFixture.Organisation org2 = fixture.organisation("Refugee Families Council");
      Map<String, String> originals = new HashMap<>();
      for (int i = 0; i < 6; i++) {
        originals.put(run + "-original-" + i, fixture.statement(i % 2 == 0 ? org1 : org2, 6 + i % 3));
      }
      sendAll(kafka, originals);
      awaitEnriched(kafka, run, originals.size());

      // When each is republished twice under other ids, landing on other partitions
      Map<String, String> copies = new HashMap<>();
      Map<String, String> originalOf = new HashMap<>();
      for (var e : originals.entrySet()) {
        for (int c = 0; c < 2; c++) {
          String id = e.getKey().replace("original", "copy") + "-" + c;
          copies.put(id, copier.copy(e.getValue()));
          originalOf.put(id, e.getKey());
        }
      }
      sendAll(kafka, copies);
      kafka.sendJson(Topics.RAW.name(), run + "-broken", "not a statement");

      // Then every copy names its original, whichever instance and partition each went to
      Map<String, EnrichedStatement> out = awaitEnriched(kafka, run, originals.size() + copies.size());
      for (String id : originals.keySet()) {
        assertThat(out.get(id).duplicate().status()).as(id).isEqualTo(DuplicateStatus.ORIGINAL.name());
      }
      int crossInstance = 0;
      for (var e : originalOf.entrySet()) {
        assertThat(out.get(e.getKey()).duplicate().originalId()).as(e.getKey()).isEqualTo(e.getValue());
        assertThat(out.get(e.getKey()).duplicate().status()).as(e.getKey())
            .isIn(DuplicateStatus.NEAR_COPY.name(), DuplicateStatus.EXACT_COPY.name());
        if (owned(a).contains(partition(e.getKey())) != owned(a).contains(partition(e.getValue()))) {
          crossInstance++;
        }
      }
      assertThat(crossInstance).as("copies read by the other instance than their original").isPositive();
      // and each statement crossed the duplicate stage's repartition topics in a few records: one key
      // group per owning partition, not one record per index key
      int statements = originals.size() + copies.size();
      Map<String, Double> perStatement = new LinkedHashMap<>();
      for (String topic : List.of(EnrichTopology.KEYS_TOPIC, EnrichTopology.GATHER_TOPIC,
          EnrichTopology.VERIFY_TOPIC, EnrichTopology.DECIDE_TOPIC)) {
        String name = config.applicationId() + "-" + topic + "-repartition";
        perStatement.put(topic, (sent(a, name) + sent(b, name)) / statements);
      }
      System.out.printf(Locale.ROOT, "records per statement on the repartition topics (%d partitions): %s%n",
          PARTITIONS, perStatement);
      // (at most one key group per owning partition; the producers' count also includes batches sent
      // again after a retriable error, hence the factor 2; one record per index key made ~110)
      assertThat(perStatement.get(EnrichTopology.KEYS_TOPIC)).isPositive().isLessThanOrEqualTo(2 * PARTITIONS);
      assertThat(perStatement.values().stream().mapToDouble(Double::doubleValue).sum())
          .isLessThanOrEqualTo(2 * (4 * PARTITIONS + 3));
      List<ConsumerRecord<String, DeadLetter>> letters = kafka.readAll(Topics.DEAD_LETTERS);
      assertThat(letters).anySatisfy(r -> {
        assertThat(r.key()).isEqualTo(run + "-broken");
        assertThat(r.value().reason()).contains("cannot read record");
      });
    } finally {
      TestDirectories.delete(dataA);
      TestDirectories.delete(dataB);
    }
  }

  private static EnrichService service(KafkaCluster kafka, EnrichConfig config, Path data) {
    ServiceContext context = new ServiceContext(MonitorConfig.empty(), kafka.settings(),
        ElasticsearchSettings.at(ElasticsearchSettings.DEFAULT_URL), new SimpleMeterRegistry(), null, data);
    return new EnrichService(context, config, Analyzers.createDefault(MonitorConfig.empty()));
  }

  /** Records the instance's producers sent to a topic (the producers' own count). */
  private static double sent(EnrichService service, String topic) {
    return service.streams().metrics().values().stream()
        .filter(m -> m.metricName().name().equals("record-send-total")
            && m.metricName().group().equals("producer-topic-metrics")
            && topic.equals(m.metricName().tags().get("topic")))
        .mapToDouble(m -> ((Number) m.metricValue()).doubleValue()).sum();
  }

  private static Set<Integer> owned(EnrichService service) {
    Set<Integer> partitions = new HashSet<>();
    for (ThreadMetadata thread : service.streams().metadataForLocalThreads()) {
      thread.activeTasks().forEach(task -> task.topicPartitions().stream()
          .filter(tp -> tp.topic().equals(Topics.RAW.name())).forEach(tp -> partitions.add(tp.partition())));
    }
    return partitions;
  }

  private static int partition(String key) {
    return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % PARTITIONS;
  }

  private static void sendAll(KafkaCluster kafka, Map<String, String> texts) {
    for (var e : texts.entrySet()) {
      kafka.send(Topics.RAW, e.getKey(), new Statement(Statement.SCHEMA_VERSION, e.getKey(), 1, false,
          "https://example.org/" + e.getKey(), new Source("it", "rss", List.of(), "https://example.org/feed"),
          "Appeal", List.of(), Instant.now(), Instant.now(), "text/plain", e.getValue(), Map.of(), null));
    }
  }

  private static Map<String, EnrichedStatement> awaitEnriched(KafkaCluster kafka, String run, int count) {
    Map<String, EnrichedStatement> out = new HashMap<>();
    await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
      out.clear();
      List<ConsumerRecord<String, EnrichedStatement>> all = new ArrayList<>(kafka.readAll(Topics.ENRICHED));
      all.stream().filter(r -> r.key().startsWith(run)).forEach(r -> out.put(r.key(), r.value()));
      return out.size() >= count;
    });
    return out;
  }
}
