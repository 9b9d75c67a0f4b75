package org.statementmonitor.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statementmonitor.common.config.KafkaSettings;
import org.statementmonitor.common.config.MonitorConfig;
import org.statementmonitor.common.event.DeadLetter;
import org.statementmonitor.common.event.DuplicateStatus;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.event.Statement;
import org.statementmonitor.common.topic.Topics;
import org.statementmonitor.enrich.analysis.Analyzers;
import org.statementmonitor.enrich.analysis.StatementAnalyzer;
import org.statementmonitor.enrich.dedup.CopyGenerator;
import org.statementmonitor.enrich.dedup.StatementFixture;

/** The production topology on TopologyTestDriver: enrichment, duplicate decisions, dead letters. */
class EnrichTopologyTest {

  /** Index keys grouped as for three partitions (the driver has one: all groups meet there). */
  private static final int KEY_GROUPS = 3;

  @TempDir Path stateDir;
  private TopologyTestDriver driver;
  private TestInputTopic<String, Statement> raw;
  private TestInputTopic<String, String> rawText;
  private TestOutputTopic<String, EnrichedStatement> enriched;
  private TestOutputTopic<String, DeadLetter> deadLetters;
  private EnrichMetrics metrics;

  @BeforeEach
  void startDriver() {
    EnrichConfig config = EnrichConfig.defaults();
    metrics = EnrichMetrics.noop();
    Properties props = config.streamsProperties(KafkaSettings.plaintext("localhost:9"), stateDir);
    props.put(EnrichMetrics.CONFIG_KEY, metrics);
    driver = new TopologyTestDriver(
        EnrichTopology.build(config, Analyzers.createDefault(MonitorConfig.empty()), metrics, KEY_GROUPS), props);
    raw = driver.createInputTopic(Topics.RAW.name(), Topics.RAW.keySerde().serializer(),
        Topics.RAW.valueSerde().serializer());
    rawText = driver.createInputTopic(Topics.RAW.name(), new StringSerializer(), new StringSerializer());
    enriched = driver.createOutputTopic(Topics.ENRICHED.name(), new StringDeserializer(),
        Topics.ENRICHED.valueSerde().deserializer());
    deadLetters = driver.createOutputTopic(Topics.DEAD_LETTERS.name(), new StringDeserializer(),
        Topics.DEAD_LETTERS.valueSerde().deserializer());
  }

  @AfterEach
  void closeDriver() {
    driver.close();
  }

  @Test
  void shouldMarkRepostAsNearCopyOfFirstSeenOriginal() {
    StatementFixture fixture = new StatementFixture(11);
    StatementFixture.Organisation org = fixture.organisation("Western Community Union");
    String original = fixture.statement(org, 7);
    String other = fixture.statement(org, 7);
    String repost = new CopyGenerator(fixture.random()).apply(CopyGenerator.Transform.NEW_LEAD,
        CopyGenerator.rewrap(CopyGenerator.respell(original), 64));

    pipe("appeal", original, 1_000);
    pipe("other-appeal", other, 2_000);
    pipe("news-repost", repost, 3_000);
    pipe("exact-repost", original, 4_000);

    Map<String, EnrichedStatement> out = enriched.readKeyValuesToMap();
    assertThat(out).containsOnlyKeys("appeal", "other-appeal", "news-repost", "exact-repost");
    assertThat(out.get("appeal").duplicate().status()).isEqualTo(DuplicateStatus.ORIGINAL.name());
    assertThat(out.get("other-appeal").duplicate().originalId()).isEqualTo("other-appeal");
    assertThat(out.get("news-repost").duplicate().status()).isEqualTo(DuplicateStatus.NEAR_COPY.name());
    assertThat(out.get("news-repost").duplicate().originalId()).isEqualTo("appeal");
    assertThat(out.get("news-repost").duplicate().clusterId()).isEqualTo("appeal");
    assertThat(out.get("news-repost").duplicate().containment()).isGreaterThan(0.8);
    assertThat(out.get("exact-repost").duplicate().status()).isEqualTo(DuplicateStatus.EXACT_COPY.name());
    assertThat(out.get("appeal").language()).isNotNull();
    assertThat(out.get("appeal").statement().contentHash()).startsWith("xxh3:");
    assertThat(out.get("exact-repost").statement().contentHash())
        .isEqualTo(out.get("appeal").statement().contentHash());
    assertThat(metrics.registry().get("monitor.enrich.duplicates").tag("status", "near_copy").counter()
        .count()).isEqualTo(1.0);
  }

  @Test
  void shouldReportReusedParagraphOfEarlierStatement() {
    StatementFixture fixture = new StatementFixture(12);
    String earlier = fixture.statement(fixture.organisation("Refugee Families Council"), 6);
    String paragraph = earlier.split("\\n\\s*\\n")[6];
    String letter = "Open letter\n\n" + fixture.body(3) + paragraph + "\n\n" + fixture.body(3);

    pipe("earlier", earlier, 1_000);
    pipe("letter", letter, 2_000);

    EnrichedStatement out = enriched.readKeyValuesToMap().get("letter");
    assertThat(out.duplicate().status()).isEqualTo(DuplicateStatus.REUSES_PASSAGES.name());
    assertThat(out.duplicate().reused()).isNotEmpty().allSatisfy(p -> {
      assertThat(p.fromStatementId()).isEqualTo("earlier");
      assertThat(letter.substring(p.start(), p.end())).isEqualTo(p.text());
      assertThat(paragraph).contains(p.text());
    });
  }

  @Test
  void shouldNeverClusterEmptyOrVeryShortTexts() {
    pipe("empty-1", "", 1_000);
    pipe("empty-2", "", 2_000);
    pipe("short-1", "Thank you.", 3_000);
    pipe("short-2", "Thank you.", 4_000);

    assertThat(enriched.readValuesToList()).hasSize(4)
        .allSatisfy(s -> assertThat(s.duplicate().status()).isEqualTo(DuplicateStatus.ORIGINAL.name()));
  }

  @Test
  void shouldSkipUnreadableRecordAndGoOn() {
    // the dead letter itself is asserted against the real broker in EnrichServiceIT
    rawText.pipeInput("broken", "{not json", Instant.ofEpochMilli(1_000));
    pipe("fine", new StatementFixture(3).body(4), 2_000);

    assertThat(enriched.readKeyValuesToMap()).containsOnlyKeys("fine");
    assertThat(metrics.registry().get("monitor.enrich.failed").tag("stage", "deserialize").counter()
        .count()).isEqualTo(1.0);
  }

  @Test
  void shouldDeadLetterStatementWhoseAnalysisFailsAndGoOn() {
    driver.close();
    StatementAnalyzer exploding = statement -> {
      if (statement.id().equals("explode")) {
        throw new IllegalStateException("analyzer broke on purpose");
      }
      return Analyzers.createDefault(MonitorConfig.empty()).analyze(statement);
    };
    Properties props = EnrichConfig.defaults().streamsProperties(KafkaSettings.plaintext("localhost:9"),
        stateDir.resolve("second"));
    props.put(EnrichMetrics.CONFIG_KEY, metrics);
    driver = new TopologyTestDriver(
        EnrichTopology.build(EnrichConfig.defaults(), exploding, metrics, KEY_GROUPS), props);
    raw = driver.createInputTopic(Topics.RAW.name(), Topics.RAW.keySerde().serializer(),
        Topics.RAW.valueSerde().serializer());
    enriched = driver.createOutputTopic(Topics.ENRICHED.name(), new StringDeserializer(),
        Topics.ENRICHED.valueSerde().deserializer());
    deadLetters = driver.createOutputTopic(Topics.DEAD_LETTERS.name(), new StringDeserializer(),
        Topics.DEAD_LETTERS.valueSerde().deserializer());

    pipe("explode", new StatementFixture(4).body(3), 1_000);
    pipe("fine", new StatementFixture(5).body(3), 2_000);

    List<DeadLetter> letters = deadLetters.readValuesToList();
    assertThat(letters).hasSize(1);
    assertThat(letters.get(0).key()).isEqualTo("explode");
    assertThat(letters.get(0).reason()).contains(EnrichTopology.ANALYZE).contains("analyzer broke on purpose");
    assertThat(enriched.readKeyValuesToMap()).containsOnlyKeys("fine");
    assertThat(metrics.registry().get("monitor.enrich.failed").tag("stage", "process").counter()
        .count()).isEqualTo(1.0);
  }

  @Test
  void shouldNameEveryProcessorAndRepartitionTopic() {
    TopologyDescription description = EnrichTopology.build(EnrichConfig.defaults(),
        Analyzers.createDefault(MonitorConfig.empty())).describe();
    String names = description.subtopologies().stream().flatMap(s -> s.nodes().stream())
        .map(TopologyDescription.Node::name).collect(Collectors.joining(","));
    assertThat(names).doesNotContain("KSTREAM-").doesNotContain("KTABLE-");
    String topics = description.subtopologies().stream().flatMap(s -> s.nodes().stream())
        .filter(n -> n instanceof TopologyDescription.Sink).map(n -> ((TopologyDescription.Sink) n).topic())
        .collect(Collectors.joining(","));
    assertThat(topics).contains(EnrichTopology.KEYS_TOPIC, EnrichTopology.GATHER_TOPIC,
        EnrichTopology.VERIFY_TOPIC, EnrichTopology.DECIDE_TOPIC, Topics.ENRICHED.name());
  }

  private void pipe(String id, String text, long timestamp) {
    raw.pipeInput(id, Statements.of(id, "source-" + id, text), Instant.ofEpochMilli(timestamp));
  }
}
