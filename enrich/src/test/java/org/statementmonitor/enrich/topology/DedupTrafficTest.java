package org.statementmonitor.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.statementmonitor.common.config.KafkaSettings;
import org.statementmonitor.common.event.DuplicateInfo;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.event.Statement;
import org.statementmonitor.common.topic.Topics;
import org.statementmonitor.enrich.analysis.Analysis;
import org.statementmonitor.enrich.analysis.StatementAnalyzer;
import org.statementmonitor.enrich.dedup.OfflineDuplicates;

/**
 * The duplicate stage's traffic on its repartition topics, and its decisions: on a stream of
 * generated statements (one in three a copy) the topology decides every statement exactly as the
 * in-memory detector does, while crossing the repartition topics with a few records per statement.
 */
class DedupTrafficTest {

  private static final StatementAnalyzer NO_ANALYSIS = s -> new Analysis(null, List.of(), null, List.of());
  private static final int STATEMENTS = 240;

  @TempDir Path stateDir;

  @ParameterizedTest
  @ValueSource(ints = {1, 3})
  void shouldDecideLikeTheOfflineDetectorWithFewInternalRecordsPerStatement(int partitions) {
    List<String[]> stream = DuplicateStageMeasurementTest.stream(STATEMENTS);
    Map<String, DuplicateInfo> expected = offline(stream);
    EnrichConfig config = EnrichConfig.defaults();
    Properties props = config.streamsProperties(KafkaSettings.plaintext("localhost:9"), stateDir);
    try (TopologyTestDriver driver = new TopologyTestDriver(
        EnrichTopology.build(config, NO_ANALYSIS, EnrichMetrics.noop(), partitions), props)) {
      TestInputTopic<String, Statement> raw = driver.createInputTopic(Topics.RAW.name(),
          Topics.RAW.keySerde().serializer(), Topics.RAW.valueSerde().serializer());
      TestOutputTopic<String, EnrichedStatement> out = driver.createOutputTopic(Topics.ENRICHED.name(),
          new StringDeserializer(), Topics.ENRICHED.valueSerde().deserializer());
      long ts = 0;
      for (String[] s : stream) {
        raw.pipeInput(s[0], Statements.of(s[0], "source", s[1]), Instant.ofEpochMilli(ts += 1000));
      }

      Map<String, DuplicateInfo> decided = new LinkedHashMap<>();
      out.readKeyValuesToList().forEach(kv -> decided.put(kv.key, kv.value.duplicate()));
      assertThat(decided).hasSize(STATEMENTS);
      for (var e : expected.entrySet()) {
        assertThat(decided.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
      }

      Map<String, Double> perStatement = new LinkedHashMap<>();
      for (String topic : List.of(EnrichTopology.KEYS_TOPIC, EnrichTopology.GATHER_TOPIC,
          EnrichTopology.VERIFY_TOPIC, EnrichTopology.DECIDE_TOPIC)) {
        TestOutputTopic<Long, DedupMessage> internal = driver.createOutputTopic(
            config.applicationId() + "-" + topic + "-repartition", new LongDeserializer(),
            DedupMessage.SERDE.deserializer());
        perStatement.put(topic, (double) internal.getQueueSize() / STATEMENTS);
      }
      double total = perStatement.values().stream().mapToDouble(Double::doubleValue).sum();
      System.out.printf(Locale.ROOT, "%d key groups: internal records per statement: %s, total %.1f%n",
          partitions, perStatement, total);
      assertThat(perStatement.get(EnrichTopology.KEYS_TOPIC)).as("one key group per owning partition")
          .isLessThanOrEqualTo(partitions);
      assertThat(perStatement.get(EnrichTopology.GATHER_TOPIC)).isLessThanOrEqualTo(partitions + 1);
      assertThat(perStatement.get(EnrichTopology.VERIFY_TOPIC)).as("one verification group per owning partition")
          .isLessThanOrEqualTo(partitions);
      assertThat(perStatement.get(EnrichTopology.DECIDE_TOPIC)).isLessThanOrEqualTo(partitions + 1);
    }
  }

  private static Map<String, DuplicateInfo> offline(List<String[]> stream) {
    List<OfflineDuplicates.Document> docs = new ArrayList<>();
    stream.forEach(s -> docs.add(new OfflineDuplicates.Document(s[0], s[1])));
    Map<String, DuplicateInfo> out = new LinkedHashMap<>();
    OfflineDuplicates.analyze(docs).documents().forEach(r -> out.put(r.id(), r.info()));
    return out;
  }
}
