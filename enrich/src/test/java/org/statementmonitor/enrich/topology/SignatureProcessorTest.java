package org.statementmonitor.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statementmonitor.enrich.dedup.Sketch;

/** The signature step alone: a copy's verification that overtakes its original's registration. */
class SignatureProcessorTest {

  private static final long ORIGINAL = 101L;
  private static final long COPY = 202L;
  private static final Sketch SKETCH = new Sketch(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, 300);
  private static final long WAIT_MS = 10_000;

  @TempDir Path stateDir;

  @Test
  void shouldAnswerAVerificationThatArrivesBeforeTheCandidatesSketchOnceItIsRegistered() {
    try (TopologyTestDriver driver = new TopologyTestDriver(signaturesOnly(), props())) {
      TestInputTopic<Long, DedupMessage> in = input(driver);
      TestOutputTopic<Long, DedupMessage> verdicts = output(driver);

      in.pipeInput(ORIGINAL, DedupMessage.verify(COPY, 2000, SKETCH), Instant.ofEpochMilli(2000));
      assertThat(verdicts.isEmpty()).as("no verdict before the original's sketch is known").isTrue();

      in.pipeInput(ORIGINAL, DedupMessage.register(ORIGINAL, 1000, "original", SKETCH), Instant.ofEpochMilli(1000));
      DedupMessage verdict = verdicts.readValue();
      assertThat(verdict.kind()).isEqualTo(DedupMessage.Kind.VERDICT);
      assertThat(verdict.probe()).isEqualTo(COPY);
      assertThat(verdict.id()).isEqualTo("original");
      assertThat(verdict.match().similarity()).isEqualTo(1.0);
      assertThat(driver.getKeyValueStore(EnrichTopology.VERIFY_WAIT_STORE).approximateNumEntries()).isZero();
    }
  }

  @Test
  void shouldAnswerWithoutAMatchWhenTheSketchNeverComes() {
    try (TopologyTestDriver driver = new TopologyTestDriver(signaturesOnly(), props())) {
      input(driver).pipeInput(ORIGINAL, DedupMessage.verify(COPY, 2000, SKETCH), Instant.ofEpochMilli(2000));
      TestOutputTopic<Long, DedupMessage> verdicts = output(driver);
      assertThat(verdicts.isEmpty()).isTrue();

      driver.advanceWallClockTime(Duration.ofMillis(2 * WAIT_MS));

      DedupMessage verdict = verdicts.readValue();
      assertThat(verdict.probe()).isEqualTo(COPY);
      assertThat(verdict.match()).isNull();
      assertThat(verdict.id()).isNull();
    }
  }

  private static Topology signaturesOnly() {
    Topology topology = new Topology();
    topology.addSource("in", new LongDeserializer(), DedupMessage.SERDE.deserializer(), "verify");
    topology.addProcessor(EnrichTopology.SIGNATURES,
        () -> new SignatureProcessor(Duration.ofDays(90).toMillis(), 60_000, WAIT_MS), "in");
    topology.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(EnrichTopology.SIGNATURE_STORE), Serdes.Long(), DedupCodec.SIGNATURE),
        EnrichTopology.SIGNATURES);
    topology.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(EnrichTopology.VERIFY_WAIT_STORE), Serdes.Long(),
        DedupCodec.GATHER_PENDING), EnrichTopology.SIGNATURES);
    topology.addSink("out", "verdicts", new LongSerializer(), DedupMessage.SERDE.serializer(),
        EnrichTopology.SIGNATURES);
    return topology;
  }

  private Properties props() {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, "signature-processor-test");
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9");
    p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    return p;
  }

  private static TestInputTopic<Long, DedupMessage> input(TopologyTestDriver driver) {
    return driver.createInputTopic("verify", new LongSerializer(), DedupMessage.SERDE.serializer());
  }

  private static TestOutputTopic<Long, DedupMessage> output(TopologyTestDriver driver) {
    return driver.createOutputTopic("verdicts", new LongDeserializer(), DedupMessage.SERDE.deserializer());
  }
}
