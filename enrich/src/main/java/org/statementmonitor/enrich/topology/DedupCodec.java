package org.statementmonitor.enrich.topology;

import static org.statementmonitor.enrich.topology.DedupFields.readBytes;
import static org.statementmonitor.enrich.topology.DedupFields.readEntries;
import static org.statementmonitor.enrich.topology.DedupFields.readIndexKeys;
import static org.statementmonitor.enrich.topology.DedupFields.readKeyHits;
import static org.statementmonitor.enrich.topology.DedupFields.readLongs;
import static org.statementmonitor.enrich.topology.DedupFields.readMatch;
import static org.statementmonitor.enrich.topology.DedupFields.readSentences;
import static org.statementmonitor.enrich.topology.DedupFields.readSketch;
import static org.statementmonitor.enrich.topology.DedupFields.readString;
import static org.statementmonitor.enrich.topology.DedupFields.readVerdicts;
import static org.statementmonitor.enrich.topology.DedupFields.readZone;
import static org.statementmonitor.enrich.topology.DedupFields.writeBytes;
import static org.statementmonitor.enrich.topology.DedupFields.writeEntries;
import static org.statementmonitor.enrich.topology.DedupFields.writeIndexKeys;
import static org.statementmonitor.enrich.topology.DedupFields.writeKeyHits;
import static org.statementmonitor.enrich.topology.DedupFields.writeLongs;
import static org.statementmonitor.enrich.topology.DedupFields.writeMatch;
import static org.statementmonitor.enrich.topology.DedupFields.writeSentences;
import static org.statementmonitor.enrich.topology.DedupFields.writeSketch;
import static org.statementmonitor.enrich.topology.DedupFields.writeString;
import static org.statementmonitor.enrich.topology.DedupFields.writeVerdicts;
import static org.statementmonitor.enrich.topology.DedupFields.writeZone;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.statementmonitor.enrich.dedup.Fingerprint.SentenceKey;
import org.statementmonitor.enrich.dedup.Fingerprint.Zone;
import org.statementmonitor.enrich.dedup.IndexEntry;
import org.statementmonitor.enrich.dedup.Match;
import org.statementmonitor.enrich.dedup.Sketch;

/**
 * Compact binary serdes for the duplicate stage's internal records: the {@link DedupMessage}
 * envelopes on the repartition topics, the pending gathers and decisions, and the signature store.
 * A statement's envelopes (its key groups and their replies, its verifications, verdicts, probe and
 * plan) are written field by field instead of as JSON (the field encodings are in {@link
 * DedupFields}); the enriched statement inside a PROBE or PLAN is carried as the output topic's JSON
 * bytes, untouched. A message starts with its kind and a bit set of the fields present; absent
 * (null, zero) fields take no bytes, which matters because a pending gather rewrites its list of
 * replies on every reply. Version byte first, so a later format can be told apart; a record that
 * does not decode raises a {@link SerializationException} (dead-lettered by the deserialization
 * handler). Kinds and presence bits are only ever appended, so records of earlier versions decode.
 */
final class DedupCodec {

  private static final byte VERSION = 1;
  private static final DedupMessage.Kind[] KINDS = DedupMessage.Kind.values();

  /** Serde of the envelopes. */
  static final Serde<DedupMessage> MESSAGE = serde(DedupCodec::writeMessage, DedupCodec::readMessage);
  /** Serde of the gatherer's pending state. */
  static final Serde<GatherProcessor.Pending> GATHER_PENDING = serde(
      (out, p) -> {
        writePending(out, p.expected(), p.replies(), p.since());
        out.writeInt(p.received());
      },
      in -> {
        int expected = in.readInt();
        long since = in.readLong();
        List<DedupMessage> replies = readMessages(in);
        // states written before the arrival count was stored kept every reply
        int received = in.available() >= Integer.BYTES ? in.readInt() : replies.size();
        return new GatherProcessor.Pending(expected, replies, since, received);
      });
  /** Serde of the decider's pending state. */
  static final Serde<DecideProcessor.Pending> DECIDE_PENDING = serde(
      (out, p) -> writePending(out, p.expected(), p.verdicts(), p.since()),
      in -> {
        int expected = in.readInt();
        long since = in.readLong();
        return new DecideProcessor.Pending(expected, readMessages(in), since);
      });
  /** Serde of the signature store's values. */
  static final Serde<SignatureProcessor.Signature> SIGNATURE = serde(
      (out, s) -> {
        writeString(out, s.id());
        out.writeLong(s.ts());
        writeSketch(out, s.sketch());
      },
      in -> new SignatureProcessor.Signature(readString(in), in.readLong(), readSketch(in)));

  private DedupCodec() {}

  private interface Writer<T> {
    void write(DataOutputStream out, T value) throws IOException;
  }

  private interface Reader<T> {
    T read(DataInputStream in) throws IOException;
  }

  private static <T> Serde<T> serde(Writer<T> writer, Reader<T> reader) {
    return Serdes.serdeFrom((topic, value) -> {
      if (value == null) {
        return null;
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        out.writeByte(VERSION);
        writer.write(out, value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return bytes.toByteArray();
    }, (topic, data) -> {
      if (data == null) {
        return null;
      }
      try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
        byte version = in.readByte();
        if (version != VERSION) {
          throw new SerializationException("unknown duplicate-stage record version " + version
              + " on " + topic);
        }
        return reader.read(in);
      } catch (IOException | RuntimeException e) {
        throw e instanceof SerializationException se ? se
            : new SerializationException("unreadable duplicate-stage record on " + topic + ": " + e, e);
      }
    });
  }

  // presence bits: a field that is null, zero or false is not written (most envelopes use few fields)
  private static final int TS = 1;
  private static final int SLOT = 1 << 1;
  private static final int REMEMBER = 1 << 2;
  private static final int ZONE = 1 << 3;
  private static final int HITS = 1 << 4;
  private static final int EXPECTED = 1 << 5;
  private static final int STATEMENT = 1 << 6;
  private static final int SKETCH = 1 << 7;
  private static final int ID = 1 << 8;
  private static final int CANDIDATE = 1 << 9;
  private static final int CANDIDATE_TS = 1 << 10;
  private static final int MATCH = 1 << 11;
  private static final int EXACT_HITS = 1 << 12;
  private static final int SENTENCE_HITS = 1 << 13;
  private static final int SENTENCES = 1 << 14;
  private static final int BAND_KEYS = 1 << 15;
  private static final int EXACT_KEY = 1 << 16;
  private static final int KEYS = 1 << 17;
  private static final int KEY_HITS = 1 << 18;
  private static final int CANDIDATES = 1 << 19;
  private static final int VERDICTS = 1 << 20;

  private static int presence(DedupMessage m) {
    return (m.ts() != 0 ? TS : 0) | (m.slot() != 0 ? SLOT : 0) | (m.remember() ? REMEMBER : 0)
        | (m.zone() != null ? ZONE : 0) | (m.hits() != null ? HITS : 0)
        | (m.expected() != 0 ? EXPECTED : 0) | (m.statement() != null ? STATEMENT : 0)
        | (m.sketch() != null ? SKETCH : 0) | (m.id() != null ? ID : 0)
        | (m.candidate() != 0 ? CANDIDATE : 0) | (m.candidateTs() != 0 ? CANDIDATE_TS : 0)
        | (m.match() != null ? MATCH : 0) | (m.exactHits() != null ? EXACT_HITS : 0)
        | (m.sentenceHits() != null ? SENTENCE_HITS : 0) | (m.sentences() != null ? SENTENCES : 0)
        | (m.bandKeys() != null ? BAND_KEYS : 0) | (m.exactKey() != 0 ? EXACT_KEY : 0)
        | (m.keys() != null ? KEYS : 0) | (m.keyHits() != null ? KEY_HITS : 0)
        | (m.candidates() != null ? CANDIDATES : 0) | (m.verdicts() != null ? VERDICTS : 0);
  }

  private static void writeMessage(DataOutputStream out, DedupMessage m) throws IOException {
    int present = presence(m);
    out.writeByte(m.kind().ordinal());
    out.writeInt(present);
    out.writeLong(m.probe());
    if ((present & TS) != 0) {
      out.writeLong(m.ts());
    }
    if ((present & SLOT) != 0) {
      out.writeInt(m.slot());
    }
    if ((present & ZONE) != 0) {
      writeZone(out, m.zone());
    }
    if ((present & HITS) != 0) {
      writeEntries(out, m.hits());
    }
    if ((present & EXPECTED) != 0) {
      out.writeInt(m.expected());
    }
    if ((present & STATEMENT) != 0) {
      writeBytes(out, m.statement());
    }
    if ((present & SKETCH) != 0) {
      writeSketch(out, m.sketch());
    }
    if ((present & ID) != 0) {
      writeString(out, m.id());
    }
    if ((present & CANDIDATE) != 0) {
      out.writeLong(m.candidate());
    }
    if ((present & CANDIDATE_TS) != 0) {
      out.writeLong(m.candidateTs());
    }
    if ((present & MATCH) != 0) {
      writeMatch(out, m.match());
    }
    if ((present & EXACT_HITS) != 0) {
      writeLongs(out, m.exactHits().stream().mapToLong(Long::longValue).toArray());
    }
    if ((present & SENTENCE_HITS) != 0) {
      out.writeInt(m.sentenceHits().size());
      for (List<IndexEntry> hits : m.sentenceHits()) {
        writeEntries(out, hits);
      }
    }
    if ((present & SENTENCES) != 0) {
      writeSentences(out, m.sentences());
    }
    if ((present & BAND_KEYS) != 0) {
      writeLongs(out, m.bandKeys());
    }
    if ((present & EXACT_KEY) != 0) {
      out.writeLong(m.exactKey());
    }
    if ((present & KEYS) != 0) {
      writeIndexKeys(out, m.keys());
    }
    if ((present & KEY_HITS) != 0) {
      writeKeyHits(out, m.keyHits());
    }
    if ((present & CANDIDATES) != 0) {
      writeLongs(out, m.candidates());
    }
    if ((present & VERDICTS) != 0) {
      writeVerdicts(out, m.verdicts());
    }
  }

  private static DedupMessage readMessage(DataInputStream in) throws IOException {
    DedupMessage.Kind kind = KINDS[in.readByte()];
    int present = in.readInt();
    long probe = in.readLong();
    long ts = (present & TS) != 0 ? in.readLong() : 0;
    int slot = (present & SLOT) != 0 ? in.readInt() : 0;
    boolean remember = (present & REMEMBER) != 0;
    Zone zone = (present & ZONE) != 0 ? readZone(in) : null;
    List<IndexEntry> hits = (present & HITS) != 0 ? readEntries(in) : null;
    int expected = (present & EXPECTED) != 0 ? in.readInt() : 0;
    byte[] statement = (present & STATEMENT) != 0 ? readBytes(in) : null;
    Sketch sketch = (present & SKETCH) != 0 ? readSketch(in) : null;
    String id = (present & ID) != 0 ? readString(in) : null;
    long candidate = (present & CANDIDATE) != 0 ? in.readLong() : 0;
    long candidateTs = (present & CANDIDATE_TS) != 0 ? in.readLong() : 0;
    Match match = (present & MATCH) != 0 ? readMatch(in) : null;
    List<Long> exactHits = null;
    if ((present & EXACT_HITS) != 0) {
      long[] exact = readLongs(in);
      exactHits = new ArrayList<>(exact.length);
      for (long e : exact) {
        exactHits.add(e);
      }
    }
    List<List<IndexEntry>> sentenceHits = null;
    if ((present & SENTENCE_HITS) != 0) {
      int lists = in.readInt();
      sentenceHits = new ArrayList<>(lists);
      for (int i = 0; i < lists; i++) {
        List<IndexEntry> h = readEntries(in);
        sentenceHits.add(h == null ? List.of() : h);
      }
    }
    List<SentenceKey> sentences = (present & SENTENCES) != 0 ? readSentences(in) : null;
    long[] bandKeys = (present & BAND_KEYS) != 0 ? readLongs(in) : null;
    long exactKey = (present & EXACT_KEY) != 0 ? in.readLong() : 0;
    List<DedupMessage.IndexKey> keys = (present & KEYS) != 0 ? readIndexKeys(in) : null;
    List<DedupMessage.KeyHits> keyHits = (present & KEY_HITS) != 0 ? readKeyHits(in) : null;
    long[] candidates = (present & CANDIDATES) != 0 ? readLongs(in) : null;
    List<DedupMessage.Verdict> verdicts = (present & VERDICTS) != 0 ? readVerdicts(in) : null;
    return new DedupMessage(kind, probe, ts, slot, remember, zone, hits, expected, statement, sketch, id,
        candidate, candidateTs, match, exactHits, sentenceHits, sentences, bandKeys, exactKey, keys, keyHits,
        candidates, verdicts);
  }

  private static void writePending(DataOutputStream out, int expected, List<DedupMessage> messages,
      long since) throws IOException {
    out.writeInt(expected);
    out.writeLong(since);
    out.writeInt(messages.size());
    for (DedupMessage m : messages) {
      writeMessage(out, m);
    }
  }

  private static List<DedupMessage> readMessages(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<DedupMessage> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(readMessage(in));
    }
    return out;
  }
}
