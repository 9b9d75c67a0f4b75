package org.statementmonitor.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import org.statementmonitor.enrich.dedup.Fingerprint.SentenceKey;
import org.statementmonitor.enrich.dedup.Fingerprint.Zone;
import org.statementmonitor.enrich.dedup.IndexEntry;
import org.statementmonitor.enrich.dedup.Match;
import org.statementmonitor.enrich.dedup.Sketch;

class DedupCodecTest {

  private static final Sketch SKETCH = new Sketch(new byte[] {1, -2, 3, 127}, 420);

  @Test
  void shouldRoundTripEveryFieldOfAPlan() {
    byte[] json = "{\"id\":\"s-1\"}".getBytes(StandardCharsets.UTF_8);
    DedupMessage plan = new DedupMessage(DedupMessage.Kind.PLAN, 11L, 22L, 3, true, Zone.TAIL,
        List.of(new IndexEntry(5L, 6L, null)), 4, json, SKETCH, "s-1", 7L, 8L,
        new Match(0.5, 0.75, 0.25, 10, 20), List.of(9L, 10L),
        List.of(List.of(), List.of(new IndexEntry(1L, 2L, Zone.HEAD))),
        List.of(new SentenceKey(99L, 0, 40, Zone.BODY, true)), new long[] {1L, 2L}, 12345L,
        List.of(new DedupMessage.IndexKey(-3L, 1_002, true, Zone.HEAD)),
        List.of(new DedupMessage.KeyHits(-1, List.of(new IndexEntry(5L, 6L, Zone.TAIL)))), new long[] {7L},
        List.of(new DedupMessage.Verdict(8L, "s-0", 9L, new Match(0.9, 1.0, 0.8, 30, 40))));

    DedupMessage back = roundTrip(DedupCodec.MESSAGE, plan);

    assertThat(back).usingRecursiveComparison().isEqualTo(plan);
    assertThat(back.statement()).isEqualTo(json);
  }

  @Test
  void shouldRoundTripASparseKeyProbeAndPendingState() {
    DedupMessage probe = DedupMessage.keyProbe(1L, 2L, DedupMessage.EXACT_SLOT, false, null);
    assertThat(roundTrip(DedupCodec.MESSAGE, probe)).usingRecursiveComparison().isEqualTo(probe);

    GatherProcessor.Pending pending = new GatherProcessor.Pending(3, List.of(probe, probe), 77L);
    assertThat(roundTrip(DedupCodec.GATHER_PENDING, pending)).usingRecursiveComparison().isEqualTo(pending);

    SignatureProcessor.Signature signature = new SignatureProcessor.Signature("é-1", 5L, SKETCH);
    assertThat(roundTrip(DedupCodec.SIGNATURE, signature)).isEqualTo(signature);
  }

  @Test
  void shouldRoundTripGroupsInAFewBytesPerKey() {
    List<DedupMessage.IndexKey> keys = List.of(
        new DedupMessage.IndexKey(Long.MIN_VALUE, DedupMessage.EXACT_SLOT, true, null),
        new DedupMessage.IndexKey(42L, 19, true, null),
        new DedupMessage.IndexKey(-7L, DedupMessage.SENTENCE_BASE + 1_999, false, Zone.TAIL),
        new DedupMessage.IndexKey(8L, DedupMessage.SENTENCE_BASE, true, Zone.BODY));
    DedupMessage group = DedupMessage.keyGroup(1L, 2L, keys);
    assertThat(roundTrip(DedupCodec.MESSAGE, group)).usingRecursiveComparison().isEqualTo(group);
    int bytes = DedupCodec.MESSAGE.serializer().serialize("t", group).length;
    assertThat(bytes).as("envelope + 11 bytes per key").isLessThanOrEqualTo(30 + 11 * keys.size());

    DedupMessage reply = DedupMessage.groupReply(group,
        List.of(new DedupMessage.KeyHits(19, List.of(new IndexEntry(3L, 4L, null)))));
    assertThat(roundTrip(DedupCodec.MESSAGE, reply)).usingRecursiveComparison().isEqualTo(reply);
    DedupMessage verify = DedupMessage.verifyGroup(1L, 2L, SKETCH, new long[] {5L, 6L}, "s-1");
    assertThat(roundTrip(DedupCodec.MESSAGE, verify)).usingRecursiveComparison().isEqualTo(verify);
    DedupMessage verdicts = DedupMessage.verdictGroup(1L, List.of(new DedupMessage.Verdict(5L, "s-0", 3L,
        new Match(0.5, 0.6, 0.7, 10, 20)), new DedupMessage.Verdict(6L, null, 0L, null)));
    assertThat(roundTrip(DedupCodec.MESSAGE, verdicts)).usingRecursiveComparison().isEqualTo(verdicts);
  }

  @Test
  void shouldRejectBytesOfAnotherFormatWithASerializationException() {
    byte[] json = "{\"kind\":\"PLAN\"}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> DedupCodec.MESSAGE.deserializer().deserialize("dedup-gather", json))
        .isInstanceOf(SerializationException.class).hasMessageContaining("dedup-gather");
    byte[] truncated = {1, 0, 0};
    assertThatThrownBy(() -> DedupCodec.MESSAGE.deserializer().deserialize("dedup-gather", truncated))
        .isInstanceOf(SerializationException.class);
  }

  @Test
  void shouldKeepTheArrivalCountOfAGatherBesideTheRepliesWithHits() {
    DedupMessage reply = DedupMessage.keyReply(DedupMessage.keyProbe(1L, 2L, 4, true, null),
        List.of(new IndexEntry(5L, 1L, null)));
    GatherProcessor.Pending pending = new GatherProcessor.Pending(40, List.of(reply), 77L, 31);

    GatherProcessor.Pending back = roundTrip(DedupCodec.GATHER_PENDING, pending);

    assertThat(back.received()).isEqualTo(31);
    assertThat(back).usingRecursiveComparison().isEqualTo(pending);
  }

  @Test
  void shouldReadAGatherStoredWithoutArrivalCountAsHavingKeptEveryReply() {
    DedupMessage reply = DedupMessage.keyProbe(1L, 2L, 4, true, null);
    byte[] current = DedupCodec.GATHER_PENDING.serializer().serialize("t",
        new GatherProcessor.Pending(9, List.of(reply, reply), 77L, 6));
    byte[] earlier = java.util.Arrays.copyOf(current, current.length - Integer.BYTES);

    GatherProcessor.Pending back = DedupCodec.GATHER_PENDING.deserializer().deserialize("t", earlier);

    assertThat(back.received()).isEqualTo(2);
    assertThat(back.expected()).isEqualTo(9);
  }

  private static <T> T roundTrip(Serde<T> serde, T value) {
    return serde.deserializer().deserialize("t", serde.serializer().serialize("t", value));
  }
}
