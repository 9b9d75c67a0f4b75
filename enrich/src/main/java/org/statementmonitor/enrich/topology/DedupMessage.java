package org.statementmonitor.enrich.topology;

import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.statementmonitor.enrich.dedup.Fingerprint.SentenceKey;
import org.statementmonitor.enrich.dedup.Fingerprint.Zone;
import org.statementmonitor.enrich.dedup.IndexEntry;
import org.statementmonitor.enrich.dedup.Match;
import org.statementmonitor.enrich.dedup.Sketch;

/**
 * The value of every internal repartition topic of the duplicate stage: one envelope with a {@link
 * Kind}, so a processor can take several kinds from one co-partitioned topic. Fields a kind does not
 * use are null or zero. {@code probe} is always the id hash of the statement being decided. The
 * enriched statement rides in the PROBE and the PLAN as the output topic's JSON bytes, serialised once
 * by the analyser and decoded once by the decider: the hops in between only copy the bytes.
 *
 * @param slot which key of the probe: {@link #EXACT_SLOT}, a band index, or {@link #SENTENCE_BASE} +
 *     sentence index
 */
public record DedupMessage(
    Kind kind,
    long probe,
    long ts,
    int slot,
    boolean remember,
    Zone zone,
    List<IndexEntry> hits,
    int expected,
    byte[] statement,
    Sketch sketch,
    String id,
    long candidate,
    long candidateTs,
    Match match,
    List<Long> exactHits,
    List<List<IndexEntry>> sentenceHits,
    List<SentenceKey> sentences,
    long[] bandKeys,
    long exactKey) {

  /** Slot of the exact-text key. */
  public static final int EXACT_SLOT = -1;
  /** Slots of sentence keys start here. */
  public static final int SENTENCE_BASE = 1_000;

  /** Serde of the envelope (compact binary, see {@link DedupCodec}). */
  public static final Serde<DedupMessage> SERDE = DedupCodec.MESSAGE;

  /** What an envelope carries. */
  public enum Kind {
    /** To the key index, keyed by an index key: look up and maybe remember the probe. */
    KEY_PROBE,
    /** To the gatherer, keyed by the probe: what one index key held. */
    KEY_REPLY,
    /** To the gatherer, keyed by the probe: the statement and how many replies to expect. */
    PROBE,
    /** To the signatures, keyed by the candidate: compare the candidate with the probe's sketch. */
    VERIFY,
    /** To the signatures, keyed by the probe: remember the probe's sketch. */
    REGISTER,
    /** To the decider, keyed by the probe: one compared candidate. */
    VERDICT,
    /** To the decider, keyed by the probe: the statement, its hits and how many verdicts to expect. */
    PLAN
  }

  static DedupMessage keyProbe(long probe, long ts, int slot, boolean remember, Zone zone) {
    return new DedupMessage(Kind.KEY_PROBE, probe, ts, slot, remember, zone, null, 0, null, null, null,
        0, 0, null, null, null, null, null, 0);
  }

  static DedupMessage keyReply(DedupMessage keyProbe, List<IndexEntry> hits) {
    return new DedupMessage(Kind.KEY_REPLY, keyProbe.probe, keyProbe.ts, keyProbe.slot, false, null,
        hits, 0, null, null, null, 0, 0, null, null, null, null, null, 0);
  }

  static DedupMessage probe(long probe, long ts, int expected, String id, byte[] statement,
      Sketch sketch, List<SentenceKey> sentences, long exactKey) {
    return new DedupMessage(Kind.PROBE, probe, ts, 0, false, null, null, expected, statement, sketch,
        id, 0, 0, null, null, null, sentences, null, exactKey);
  }

  static DedupMessage verify(long probe, long ts, Sketch sketch) {
    return new DedupMessage(Kind.VERIFY, probe, ts, 0, false, null, null, 0, null, sketch, null, 0, 0,
        null, null, null, null, null, 0);
  }

  static DedupMessage register(long probe, long ts, String id, Sketch sketch) {
    return new DedupMessage(Kind.REGISTER, probe, ts, 0, false, null, null, 0, null, sketch, id, 0, 0,
        null, null, null, null, null, 0);
  }

  static DedupMessage verdict(long probe, long candidate, String candidateId, long candidateTs, Match match) {
    return new DedupMessage(Kind.VERDICT, probe, 0, 0, false, null, null, 0, null, null, candidateId,
        candidate, candidateTs, match, null, null, null, null, 0);
  }

  static DedupMessage plan(DedupMessage probe, int expected, List<Long> exactHits,
      List<List<IndexEntry>> sentenceHits) {
    return new DedupMessage(Kind.PLAN, probe.probe, probe.ts, 0, false, null, null, expected,
        probe.statement, probe.sketch, probe.id, 0, 0, null, exactHits, sentenceHits, probe.sentences,
        null, probe.exactKey);
  }
}
