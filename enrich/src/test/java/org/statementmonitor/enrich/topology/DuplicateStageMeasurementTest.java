package org.statementmonitor.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statementmonitor.common.config.KafkaSettings;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.event.Statement;
import org.statementmonitor.common.topic.Topics;
import org.statementmonitor.enrich.analysis.Analysis;
import org.statementmonitor.enrich.analysis.StatementAnalyzer;
import org.statementmonitor.enrich.dedup.CopyGenerator;
import org.statementmonitor.enrich.dedup.OfflineDuplicates;
import org.statementmonitor.enrich.dedup.StatementFixture;

/**
 * Measures the duplicate stage on a stream of generated statements of about 5 KB (one in three a
 * republished copy): the state it keeps per statement (bytes of keys and values in the index and
 * signature stores, pending stores empty) and its rough single-thread throughput, both through the
 * whole topology (TopologyTestDriver, envelopes serialised, no broker) and through the detector
 * alone. The figures are written to the test output and documented in docs/enrich-duplicates.md.
 */
class DuplicateStageMeasurementTest {

  private static final StatementAnalyzer NO_ANALYSIS = s -> new Analysis(null, List.of(), null, List.of());

  @TempDir Path stateDir;

  @Test
  void shouldKeepUnderOneKilobyteOfStatePerStatement() {
    List<String[]> stream = stream(600);
    EnrichConfig config = EnrichConfig.defaults();
    Properties props = config.streamsProperties(KafkaSettings.plaintext("localhost:9"), stateDir);
    try (TopologyTestDriver driver = new TopologyTestDriver(EnrichTopology.build(config, NO_ANALYSIS), props)) {
      TestInputTopic<String, Statement> raw = driver.createInputTopic(Topics.RAW.name(),
          Topics.RAW.keySerde().serializer(), Topics.RAW.valueSerde().serializer());
      TestOutputTopic<String, EnrichedStatement> out = driver.createOutputTopic(Topics.ENRICHED.name(),
          new StringDeserializer(), Topics.ENRICHED.valueSerde().deserializer());
      long ts = 0;
      long started = cpuNanos();
      for (String[] s : stream) {
        raw.pipeInput(s[0], Statements.of(s[0], "source", s[1]), Instant.ofEpochMilli(ts += 1000));
      }
      double seconds = (cpuNanos() - started) / 1e9;
      assertThat(out.getQueueSize()).isEqualTo(stream.size());

      long index = bytes(driver.getKeyValueStore(EnrichTopology.KEY_INDEX_STORE), BucketCodec.serde());
      long signatures = bytes(driver.getKeyValueStore(EnrichTopology.SIGNATURE_STORE),
          DedupCodec.SIGNATURE);
      long pending = bytes(driver.getKeyValueStore(EnrichTopology.GATHER_STORE),
          DedupCodec.GATHER_PENDING)
          + bytes(driver.getKeyValueStore(EnrichTopology.DECIDE_STORE), DedupCodec.DECIDE_PENDING)
          + bytes(driver.getKeyValueStore(EnrichTopology.GATHER_PROBE_STORE), DedupMessage.SERDE)
          + bytes(driver.getKeyValueStore(EnrichTopology.VERIFY_WAIT_STORE), DedupCodec.GATHER_PENDING)
          + bytes(driver.getKeyValueStore(EnrichTopology.DECIDE_PLAN_STORE), DedupMessage.SERDE);
      double perStatement = (double) (index + signatures + pending) / stream.size();
      System.out.printf(Locale.ROOT, "state: index %d B, signatures %d B, pending %d B => %.0f B per statement;"
          + " topology (TopologyTestDriver, one thread): %.0f statements/s%n", index, signatures, pending,
          perStatement, stream.size() / seconds);
      assertThat(pending).isZero();
      assertThat(perStatement).isLessThan(1024);
    }
  }

  @Test
  void shouldRunTheDetectorAtThousandsOfStatementsPerSecond() {
    List<String[]> stream = stream(1500);
    List<OfflineDuplicates.Document> docs = new ArrayList<>();
    long chars = 0;
    for (String[] s : stream) {
      docs.add(new OfflineDuplicates.Document(s[0], s[1]));
      chars += s[1].length();
    }
    OfflineDuplicates.analyze(docs.subList(0, 500)); // warm up
    long started = cpuNanos();
    OfflineDuplicates.Report report = OfflineDuplicates.analyze(docs);
    double seconds = (cpuNanos() - started) / 1e9;
    System.out.printf(Locale.ROOT, "detector alone, CPU time of one thread: %.0f statements/s (average %d chars)%n",
        docs.size() / seconds, chars / docs.size());
    assertThat(report.documents()).hasSize(docs.size());
    assertThat(docs.size() / seconds).isGreaterThan(500);
  }

  /** CPU time of this thread: the figure per core, whatever else runs on the machine. */
  private static long cpuNanos() {
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  /** Generated statements of about 5 KB, one in three a republished copy of an earlier one: {id, text}. */
  static List<String[]> stream(int n) {
    StatementFixture fixture = new StatementFixture(99);
    CopyGenerator copier = new CopyGenerator(fixture.random());
    List<StatementFixture.Organisation> orgs = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      orgs.add(fixture.organisation("Organisation " + i));
    }
    List<String[]> out = new ArrayList<>();
    List<String> originals = new ArrayList<>();
    while (out.size() < n) {
      if (out.size() % 3 == 2) {
        String original = originals.get(fixture.random().nextInt(originals.size()));
        out.add(new String[] {"copy-" + out.size(), copier.copy(original)});
      } else {
        String text = fixture.statement(orgs.get(fixture.random().nextInt(orgs.size())), 8);
        originals.add(text);
        out.add(new String[] {"statement-" + out.size(), text});
      }
    }
    return out;
  }

  private static <V> long bytes(KeyValueStore<Long, V> store, Serde<V> serde) {
    long total = 0;
    try (KeyValueIterator<Long, V> all = store.all()) {
      while (all.hasNext()) {
        KeyValue<Long, V> kv = all.next();
        total += Serdes.Long().serializer().serialize("", kv.key).length
            + serde.serializer().serialize("", kv.value).length;
      }
    }
    return total;
  }
}
