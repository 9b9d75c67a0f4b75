package org.statementmonitor.enrich.topology;

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
 * About 40 envelopes cross the repartition topics per statement (one per index key and one reply
 * each), so they are written field by field instead of as JSON; the enriched statement inside a
 * PROBE or PLAN is carried as the output topic's JSON bytes, untouched. Version byte first, so a later format can be told
 * apart; a record that does not decode raises a {@link SerializationException} (dead-lettered by the
 * deserialization handler).
 */
final class DedupCodec {

  private static final byte VERSION = 1;
  private static final Zone[] ZONES = Zone.values();
  private static final DedupMessage.Kind[] KINDS = DedupMessage.Kind.values();

  /** Serde of the envelopes. */
  static final Serde<DedupMessage> MESSAGE = serde(DedupCodec::writeMessage, DedupCodec::readMessage);
  /** Serde of the gatherer's pending state. */
  static final Serde<GatherProcessor.Pending> GATHER_PENDING = serde(
      (out, p) -> writePending(out, p.expected(), p.replies(), p.since()),
      in -> {
        int expected = in.readInt();
        long since = in.readLong();
        return new GatherProcessor.Pending(expected, readMessages(in), since);
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

  private static void writeMessage(DataOutputStream out, DedupMessage m) throws IOException {
    out.writeByte(m.kind().ordinal());
    out.writeLong(m.probe());
    out.writeLong(m.ts());
    out.writeInt(m.slot());
    out.writeBoolean(m.remember());
    writeZone(out, m.zone());
    writeEntries(out, m.hits());
    out.writeInt(m.expected());
    writeBytes(out, m.statement());
    writeSketch(out, m.sketch());
    writeString(out, m.id());
    out.writeLong(m.candidate());
    out.writeLong(m.candidateTs());
    writeMatch(out, m.match());
    writeLongs(out, m.exactHits() == null ? null : m.exactHits().stream().mapToLong(Long::longValue).toArray());
    if (m.sentenceHits() == null) {
      out.writeInt(-1);
    } else {
      out.writeInt(m.sentenceHits().size());
      for (List<IndexEntry> hits : m.sentenceHits()) {
        writeEntries(out, hits);
      }
    }
    writeSentences(out, m.sentences());
    writeLongs(out, m.bandKeys());
    out.writeLong(m.exactKey());
  }

  private static DedupMessage readMessage(DataInputStream in) throws IOException {
    DedupMessage.Kind kind = KINDS[in.readByte()];
    long probe = in.readLong();
    long ts = in.readLong();
    int slot = in.readInt();
    boolean remember = in.readBoolean();
    Zone zone = readZone(in);
    List<IndexEntry> hits = readEntries(in);
    int expected = in.readInt();
    byte[] statement = readBytes(in);
    Sketch sketch = readSketch(in);
    String id = readString(in);
    long candidate = in.readLong();
    long candidateTs = in.readLong();
    Match match = readMatch(in);
    long[] exact = readLongs(in);
    List<Long> exactHits = null;
    if (exact != null) {
      exactHits = new ArrayList<>(exact.length);
      for (long e : exact) {
        exactHits.add(e);
      }
    }
    int lists = in.readInt();
    List<List<IndexEntry>> sentenceHits = null;
    if (lists >= 0) {
      sentenceHits = new ArrayList<>(lists);
      for (int i = 0; i < lists; i++) {
        List<IndexEntry> h = readEntries(in);
        sentenceHits.add(h == null ? List.of() : h);
      }
    }
    List<SentenceKey> sentences = readSentences(in);
    long[] bandKeys = readLongs(in);
    long exactKey = in.readLong();
    return new DedupMessage(kind, probe, ts, slot, remember, zone, hits, expected, statement, sketch, id,
        candidate, candidateTs, match, exactHits, sentenceHits, sentences, bandKeys, exactKey);
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

  private static void writeZone(DataOutputStream out, Zone zone) throws IOException {
    out.writeByte(zone == null ? -1 : zone.ordinal());
  }

  private static Zone readZone(DataInputStream in) throws IOException {
    byte z = in.readByte();
    return z < 0 ? null : ZONES[z];
  }

  private static void writeEntries(DataOutputStream out, List<IndexEntry> entries) throws IOException {
    if (entries == null) {
      out.writeInt(-1);
      return;
    }
    out.writeInt(entries.size());
    for (IndexEntry e : entries) {
      out.writeLong(e.idHash());
      out.writeLong(e.timestamp());
      writeZone(out, e.zone());
    }
  }

  private static List<IndexEntry> readEntries(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      return null;
    }
    List<IndexEntry> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new IndexEntry(in.readLong(), in.readLong(), readZone(in)));
    }
    return out;
  }

  private static void writeSketch(DataOutputStream out, Sketch sketch) throws IOException {
    if (sketch == null) {
      out.writeInt(-1);
      return;
    }
    out.writeInt(sketch.size());
    writeBytes(out, sketch.minhash());
  }

  private static Sketch readSketch(DataInputStream in) throws IOException {
    int size = in.readInt();
    return size < 0 ? null : new Sketch(readBytes(in), size);
  }

  private static void writeMatch(DataOutputStream out, Match m) throws IOException {
    out.writeBoolean(m != null);
    if (m != null) {
      out.writeDouble(m.similarity());
      out.writeDouble(m.containmentOfEarlier());
      out.writeDouble(m.containmentOfLater());
      out.writeInt(m.earlierSize());
      out.writeInt(m.laterSize());
    }
  }

  private static Match readMatch(DataInputStream in) throws IOException {
    if (!in.readBoolean()) {
      return null;
    }
    return new Match(in.readDouble(), in.readDouble(), in.readDouble(), in.readInt(), in.readInt());
  }

  private static void writeSentences(DataOutputStream out, List<SentenceKey> sentences) throws IOException {
    if (sentences == null) {
      out.writeInt(-1);
      return;
    }
    out.writeInt(sentences.size());
    for (SentenceKey s : sentences) {
      out.writeLong(s.key());
      out.writeInt(s.start());
      out.writeInt(s.end());
      writeZone(out, s.zone());
      out.writeBoolean(s.indexed());
    }
  }

  private static List<SentenceKey> readSentences(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      return null;
    }
    List<SentenceKey> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new SentenceKey(in.readLong(), in.readInt(), in.readInt(), readZone(in), in.readBoolean()));
    }
    return out;
  }

  private static void writeLongs(DataOutputStream out, long[] values) throws IOException {
    if (values == null) {
      out.writeInt(-1);
      return;
    }
    out.writeInt(values.length);
    for (long v : values) {
      out.writeLong(v);
    }
  }

  private static long[] readLongs(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      return null;
    }
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = in.readLong();
    }
    return out;
  }

  private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
    if (bytes == null) {
      out.writeInt(-1);
      return;
    }
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static byte[] readBytes(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      return null;
    }
    byte[] out = new byte[n];
    in.readFully(out);
    return out;
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    writeBytes(out, s == null ? null : s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static String readString(DataInputStream in) throws IOException {
    byte[] b = readBytes(in);
    return b == null ? null : new String(b, java.nio.charset.StandardCharsets.UTF_8);
  }
}
