package org.statementmonitor.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statementmonitor.common.config.KafkaSettings;
import org.statementmonitor.common.config.MonitorConfig;
import org.statementmonitor.common.event.DuplicateInfo;
import org.statementmonitor.common.event.DuplicateStatus;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.event.Statement;
import org.statementmonitor.common.topic.Topics;
import org.statementmonitor.enrich.analysis.Analyzers;
import org.statementmonitor.enrich.dedup.Candidate;
import org.statementmonitor.enrich.dedup.DuplicateDecider;
import org.statementmonitor.enrich.dedup.DuplicatePolicy;
import org.statementmonitor.enrich.dedup.Fingerprint;
import org.statementmonitor.enrich.dedup.TextNormalizer;

/**
 * The decider on the records the duplicate stage really sends it (generated statements of about
 * 5 KB, fully analysed, one in three a copy), against the way it used to decide: decode the PLAN's
 * statement, decide with its text, set the verdict and encode with the enriched topic's serde.
 */
class DecideProcessorTest {

  private static final Deserializer<EnrichedStatement> READ = Topics.ENRICHED.valueSerde().deserializer();
  private static final DuplicatePolicy POLICY = EnrichConfig.defaults().policy();

  @TempDir Path stateDir;

  @Test
  void shouldEmitWhatDecodingDecidingAndEncodingEmittedForEveryVerdict() {
    List<String[]> stream = DuplicateStageMeasurementTest.stream(300);
    List<TestRecord<Long, DedupMessage>> input = decideInput(stream);
    MockProcessorContext<String, byte[]> context = new MockProcessorContext<>();
    context.setCurrentSystemTimeMs(0);
    addStore(context, EnrichTopology.DECIDE_STORE, DedupCodec.DECIDE_PENDING);
    addStore(context, EnrichTopology.DECIDE_PLAN_STORE, DedupMessage.SERDE);
    DecideProcessor decider = new DecideProcessor(POLICY, 60_000, EnrichMetrics.noop());
    decider.init(context);

    input.forEach(r -> decider.process(new Record<>(r.key(), r.value(), r.timestamp())));

    Map<String, byte[]> emitted = new LinkedHashMap<>();
    context.forwarded().forEach(f -> emitted.put(f.record().key(), f.record().value()));
    Map<String, EnrichedStatement> expected = earlierDecisions(input);
    assertThat(emitted).hasSize(stream.size());
    assertThat(emitted.keySet()).isEqualTo(expected.keySet());
    Map<String, Integer> statuses = new HashMap<>();
    for (var e : emitted.entrySet()) {
      EnrichedStatement read = READ.deserialize(Topics.ENRICHED.name(), e.getValue());
      assertThat(read).as(e.getKey()).isEqualTo(expected.get(e.getKey()));
      statuses.merge(read.duplicate().status(), 1, Integer::sum);
    }
    assertThat(statuses).containsKeys(DuplicateStatus.ORIGINAL.name(), DuplicateStatus.NEAR_COPY.name(),
        DuplicateStatus.EXACT_COPY.name(), DuplicateStatus.REUSES_PASSAGES.name());
  }

  /** The records of the decide topic for a stream piped through the production topology. */
  private List<TestRecord<Long, DedupMessage>> decideInput(List<String[]> stream) {
    EnrichConfig config = EnrichConfig.defaults();
    Properties props = config.streamsProperties(KafkaSettings.plaintext("localhost:9"), stateDir);
    try (TopologyTestDriver driver = new TopologyTestDriver(
        EnrichTopology.build(config, Analyzers.createDefault(MonitorConfig.empty())), props)) {
      TestInputTopic<String, Statement> raw = driver.createInputTopic(Topics.RAW.name(),
          Topics.RAW.keySerde().serializer(), Topics.RAW.valueSerde().serializer());
      long ts = 0;
      for (String[] s : stream) {
        raw.pipeInput(s[0], Statements.of(s[0], "source", s[1]), Instant.ofEpochMilli(ts += 1000));
      }
      return driver.createOutputTopic(config.applicationId() + "-" + EnrichTopology.DECIDE_TOPIC + "-repartition",
          new LongDeserializer(), DedupMessage.SERDE.deserializer()).readRecordsToList();
    }
  }

  /** The decider's output as it was: the statement decoded, decided with its text, re-encoded. */
  private static Map<String, EnrichedStatement> earlierDecisions(List<TestRecord<Long, DedupMessage>> input) {
    Map<Long, DedupMessage> plans = new LinkedHashMap<>();
    Map<Long, Map<Long, Candidate>> candidates = new HashMap<>();
    for (TestRecord<Long, DedupMessage> r : input) {
      DedupMessage m = r.value();
      if (m.kind() == DedupMessage.Kind.PLAN) {
        plans.put(r.key(), m);
      } else {
        List<DedupMessage.Verdict> verdicts = m.kind() == DedupMessage.Kind.VERDICT_GROUP ? m.verdicts()
            : List.of(new DedupMessage.Verdict(m.candidate(), m.id(), m.candidateTs(), m.match()));
        for (DedupMessage.Verdict v : verdicts) {
          if (v.id() != null && v.match() != null) {
            candidates.computeIfAbsent(r.key(), k -> new HashMap<>())
                .put(v.candidate(), new Candidate(v.id(), v.candidate(), v.ts(), v.match()));
          }
        }
      }
    }
    Map<String, EnrichedStatement> out = new LinkedHashMap<>();
    for (var e : plans.entrySet()) {
      DedupMessage plan = e.getValue();
      EnrichedStatement s = READ.deserialize(Topics.ENRICHED.name(), plan.statement());
      Fingerprint fp = new Fingerprint(plan.exactKey(), plan.sketch(), new long[0],
          plan.sentences() == null ? List.of() : plan.sentences(), TextNormalizer.stripMarkup(s.statement().text()));
      DuplicateInfo info = DuplicateDecider.decide(s.id(), plan.probe(), plan.ts(), fp,
          new HashSet<>(plan.exactHits() == null ? List.of() : plan.exactHits()),
          candidates.getOrDefault(e.getKey(), Map.of()),
          plan.sentenceHits() == null ? List.of() : plan.sentenceHits(), POLICY);
      byte[] encoded = Topics.ENRICHED.valueSerde().serializer().serialize(Topics.ENRICHED.name(),
          new EnrichedStatement(s.schemaVersion(), s.statement(), s.language(), s.entities(), s.facts(), info,
              s.flags(), s.enriched()));
      out.put(s.id(), READ.deserialize(Topics.ENRICHED.name(), encoded));
    }
    return out;
  }

  private static <V> void addStore(MockProcessorContext<String, byte[]> context, String name, Serde<V> serde) {
    KeyValueStore<Long, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name),
        Serdes.Long(), serde).withLoggingDisabled().build();
    store.init(context.getStateStoreContext(), store);
    context.addStateStore(store);
  }
}
