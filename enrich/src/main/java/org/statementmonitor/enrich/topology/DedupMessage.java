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
 * enriched statement rides in the PROBE and the PLAN as the output topic's JSON bytes without the
 * duplicate decision, serialised once by the analyser; the hops in between only copy the bytes, and
 * the decider splices its verdict into them ({@link EnrichedJson}) without decoding them.
 *
 * <p>A statement's index keys travel in groups: one {@code KEY_GROUP} per partition of {@value
 * EnrichTopology#KEYS_TOPIC} that owns any of them ({@link KeyGroups}), answered by one {@code
 * GROUP_REPLY}; its verifications likewise travel as one {@code VERIFY_GROUP} per owning partition
 * of {@value EnrichTopology#VERIFY_TOPIC}, answered by {@code VERDICT_GROUP}s. The one-per-key and
 * one-per-candidate kinds are still read, so records written by an earlier version are answered.
 *
 * @param slot which key of the probe: {@link #EXACT_SLOT}, a band index, or {@link #SENTENCE_BASE} +
 *     sentence index
 * @param keys the index keys of a {@code KEY_GROUP}
 * @param keyHits the keys of a {@code GROUP_REPLY} that held other statements
 * @param candidates the candidates of a {@code VERIFY_GROUP}
 * @param verdicts the compared candidates of a {@code VERDICT_GROUP}
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
    long exactKey,
    List<IndexKey> keys,
    List<KeyHits> keyHits,
    long[] candidates,
    List<Verdict> verdicts) {

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
    PLAN,
    /** To the key index, keyed by the owning partition: look up (and maybe remember) several keys. */
    KEY_GROUP,
    /** To the gatherer, keyed by the probe: what the keys of one group held (only keys with hits). */
    GROUP_REPLY,
    /**
     * To the signatures, keyed by the owning partition: compare candidates with the probe's sketch,
     * and register the probe's sketch when {@code id} is set.
     */
    VERIFY_GROUP,
    /** To the decider, keyed by the probe: several compared candidates. */
    VERDICT_GROUP
  }

  /**
   * One index key of a {@code KEY_GROUP}: the key, its slot, whether the probe is to be remembered
   * under it, and the sentence's zone (null for exact and band keys).
   */
  public record IndexKey(long key, int slot, boolean remember, Zone zone) {}

  /** What one index key held: its slot and the other statements under it. */
  public record KeyHits(int slot, List<IndexEntry> hits) {}

  /** One compared candidate: its id hash, id and timestamp, and the match (null: not registered). */
  public record Verdict(long candidate, String id, long ts, Match match) {}

  static DedupMessage keyProbe(long probe, long ts, int slot, boolean remember, Zone zone) {
    return new DedupMessage(Kind.KEY_PROBE, probe, ts, slot, remember, zone, null, 0, null, null, null,
        0, 0, null, null, null, null, null, 0, null, null, null, null);
  }

  static DedupMessage keyReply(DedupMessage keyProbe, List<IndexEntry> hits) {
    return new DedupMessage(Kind.KEY_REPLY, keyProbe.probe, keyProbe.ts, keyProbe.slot, false, null,
        hits, 0, null, null, null, 0, 0, null, null, null, null, null, 0, null, null, null, null);
  }

  static DedupMessage probe(long probe, long ts, int expected, String id, byte[] statement,
      Sketch sketch, List<SentenceKey> sentences, long exactKey) {
    return new DedupMessage(Kind.PROBE, probe, ts, 0, false, null, null, expected, statement, sketch,
        id, 0, 0, null, null, null, sentences, null, exactKey, null, null, null, null);
  }

  static DedupMessage verify(long probe, long ts, Sketch sketch) {
    return new DedupMessage(Kind.VERIFY, probe, ts, 0, false, null, null, 0, null, sketch, null, 0, 0,
        null, null, null, null, null, 0, null, null, null, null);
  }

  static DedupMessage register(long probe, long ts, String id, Sketch sketch) {
    return new DedupMessage(Kind.REGISTER, probe, ts, 0, false, null, null, 0, null, sketch, id, 0, 0,
        null, null, null, null, null, 0, null, null, null, null);
  }

  static DedupMessage verdict(long probe, long candidate, String candidateId, long candidateTs, Match match) {
    return new DedupMessage(Kind.VERDICT, probe, 0, 0, false, null, null, 0, null, null, candidateId,
        candidate, candidateTs, match, null, null, null, null, 0, null, null, null, null);
  }

  static DedupMessage plan(DedupMessage probe, int expected, List<Long> exactHits,
      List<List<IndexEntry>> sentenceHits) {
    return new DedupMessage(Kind.PLAN, probe.probe, probe.ts, 0, false, null, null, expected,
        probe.statement, probe.sketch, probe.id, 0, 0, null, exactHits, sentenceHits, probe.sentences,
        null, probe.exactKey, null, null, null, null);
  }

  static DedupMessage keyGroup(long probe, long ts, List<IndexKey> keys) {
    return new DedupMessage(Kind.KEY_GROUP, probe, ts, 0, false, null, null, 0, null, null, null, 0, 0,
        null, null, null, null, null, 0, keys, null, null, null);
  }

  static DedupMessage groupReply(DedupMessage keyGroup, List<KeyHits> keyHits) {
    return new DedupMessage(Kind.GROUP_REPLY, keyGroup.probe, keyGroup.ts, 0, false, null, null, 0, null,
        null, null, 0, 0, null, null, null, null, null, 0, null, keyHits, null, null);
  }

  /** Candidates to compare with the probe's sketch; {@code registerId} non-null also registers it. */
  static DedupMessage verifyGroup(long probe, long ts, Sketch sketch, long[] candidates, String registerId) {
    return new DedupMessage(Kind.VERIFY_GROUP, probe, ts, 0, false, null, null, 0, null, sketch,
        registerId, 0, 0, null, null, null, null, null, 0, null, null, candidates, null);
  }

  static DedupMessage verdictGroup(long probe, List<Verdict> verdicts) {
    return new DedupMessage(Kind.VERDICT_GROUP, probe, 0, 0, false, null, null, 0, null, null, null, 0, 0,
        null, null, null, null, null, 0, null, null, null, verdicts);
  }
}
