package org.statementmonitor.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statementmonitor.common.config.KafkaSettings;
import org.statementmonitor.common.event.DuplicateStatus;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.event.Statement;
import org.statementmonitor.common.topic.Topics;
import org.statementmonitor.enrich.analysis.Analysis;
import org.statementmonitor.enrich.analysis.StatementAnalyzer;
import org.statementmonitor.enrich.dedup.CopyGenerator;
import org.statementmonitor.enrich.dedup.Fingerprint;
import org.statementmonitor.enrich.dedup.Fingerprinter;
import org.statementmonitor.enrich.dedup.IndexBucket;
import org.statementmonitor.enrich.dedup.StatementFixture;

/**
 * Records of the earlier one-per-key format still in the repartition topics when enrich is upgraded
 * (a {@code KEY_PROBE} per index key, a {@code PROBE} expecting one reply per key) are answered and
 * decided against statements indexed in the grouped format.
 */
class EarlierFormatTest {

  private static final StatementAnalyzer NO_ANALYSIS = s -> new Analysis(null, List.of(), null, List.of());

  @TempDir Path stateDir;

  @Test
  void shouldDecideAStatementScatteredKeyByKeyAgainstOnesScatteredInGroups() {
    StatementFixture fixture = new StatementFixture(21);
    String original = fixture.statement(fixture.organisation("Western Community Union"), 7);
    String repost = new CopyGenerator(fixture.random()).apply(CopyGenerator.Transform.NEW_LEAD, original);
    EnrichConfig config = EnrichConfig.defaults();
    Properties props = config.streamsProperties(KafkaSettings.plaintext("localhost:9"), stateDir);
    try (TopologyTestDriver driver = new TopologyTestDriver(
        EnrichTopology.build(config, NO_ANALYSIS, EnrichMetrics.noop(), 3), props)) {
      TestInputTopic<String, Statement> raw = driver.createInputTopic(Topics.RAW.name(),
          Topics.RAW.keySerde().serializer(), Topics.RAW.valueSerde().serializer());
      TestInputTopic<Long, DedupMessage> keys = internal(driver, config, EnrichTopology.KEYS_TOPIC);
      TestInputTopic<Long, DedupMessage> gather = internal(driver, config, EnrichTopology.GATHER_TOPIC);
      TestOutputTopic<String, EnrichedStatement> out = driver.createOutputTopic(Topics.ENRICHED.name(),
          new StringDeserializer(), Topics.ENRICHED.valueSerde().deserializer());

      // Given an original scattered in key groups
      raw.pipeInput("appeal", Statements.of("appeal", "source", original), Instant.ofEpochMilli(1_000));

      // When a repost arrives in the earlier format: one key probe per index key, then its probe
      Fingerprint fp = Fingerprinter.fingerprint(repost);
      long probe = IndexBucket.idHash("repost");
      Instant at = Instant.ofEpochMilli(2_000);
      int sent = 0;
      keys.pipeInput(fp.exactKey(), DedupMessage.keyProbe(probe, 2_000, DedupMessage.EXACT_SLOT, true, null), at);
      sent++;
      for (int i = 0; i < fp.bandKeys().length; i++) {
        keys.pipeInput(fp.bandKeys()[i], DedupMessage.keyProbe(probe, 2_000, i, true, null), at);
        sent++;
      }
      for (int i = 0; i < fp.sentences().size(); i++) {
        Fingerprint.SentenceKey s = fp.sentences().get(i);
        keys.pipeInput(s.key(), DedupMessage.keyProbe(probe, 2_000, DedupMessage.SENTENCE_BASE + i,
            s.indexed(), s.zone()), at);
        sent++;
      }
      byte[] json = Topics.ENRICHED.valueSerde().serializer().serialize(Topics.ENRICHED.name(),
          new EnrichedStatement(EnrichedStatement.SCHEMA_VERSION, Statements.of("repost", "news", repost),
              null, List.of(), null, null, List.of(), at));
      gather.pipeInput(probe, DedupMessage.probe(probe, 2_000, sent, "repost", json, fp.sketch(),
          fp.sentences(), fp.exactKey()), at);

      // Then it is decided a copy of the original, and the original stays an original
      Map<String, EnrichedStatement> decided = out.readKeyValuesToMap();
      assertThat(decided).containsOnlyKeys("appeal", "repost");
      assertThat(decided.get("appeal").duplicate().status()).isEqualTo(DuplicateStatus.ORIGINAL.name());
      assertThat(decided.get("repost").duplicate().status()).isEqualTo(DuplicateStatus.NEAR_COPY.name());
      assertThat(decided.get("repost").duplicate().originalId()).isEqualTo("appeal");
    }
  }

  private static TestInputTopic<Long, DedupMessage> internal(TopologyTestDriver driver, EnrichConfig config,
      String topic) {
    return driver.createInputTopic(DedupPartitions.repartitionTopic(config.applicationId(), topic),
        new LongSerializer(), DedupMessage.SERDE.serializer());
  }
}
