package org.statementmonitor.enrich.topology;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.statementmonitor.enrich.dedup.Fingerprint.SentenceKey;
import org.statementmonitor.enrich.dedup.Fingerprint.Zone;
import org.statementmonitor.enrich.dedup.IndexEntry;
import org.statementmonitor.enrich.dedup.Match;
import org.statementmonitor.enrich.dedup.Sketch;

/**
 * How {@link DedupCodec} writes the fields of the duplicate stage's records: lists and arrays as a
 * count (-1 for null) and their items, an index key of a group in 11 bytes (key, slot, one byte for
 * the remember flag and the zone).
 */
final class DedupFields {

  private static final Zone[] ZONES = Zone.values();
  private static final int REMEMBER_BIT = 0x80;

  private DedupFields() {}

  static void writeIndexKeys(DataOutputStream out, List<DedupMessage.IndexKey> keys) throws IOException {
    out.writeInt(keys.size());
    for (DedupMessage.IndexKey k : keys) {
      out.writeLong(k.key());
      writeSlot(out, k.slot());
      out.writeByte((k.remember() ? REMEMBER_BIT : 0) | (k.zone() == null ? 0 : k.zone().ordinal() + 1));
    }
  }

  static List<DedupMessage.IndexKey> readIndexKeys(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<DedupMessage.IndexKey> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      long key = in.readLong();
      int slot = in.readShort();
      int flags = in.readUnsignedByte();
      int zone = flags & ~REMEMBER_BIT;
      out.add(new DedupMessage.IndexKey(key, slot, (flags & REMEMBER_BIT) != 0, zone == 0 ? null : ZONES[zone - 1]));
    }
    return out;
  }

  static void writeKeyHits(DataOutputStream out, List<DedupMessage.KeyHits> keyHits) throws IOException {
    out.writeInt(keyHits.size());
    for (DedupMessage.KeyHits h : keyHits) {
      writeSlot(out, h.slot());
      writeEntries(out, h.hits());
    }
  }

  static List<DedupMessage.KeyHits> readKeyHits(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<DedupMessage.KeyHits> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int slot = in.readShort();
      List<IndexEntry> hits = readEntries(in);
      out.add(new DedupMessage.KeyHits(slot, hits == null ? List.of() : hits));
    }
    return out;
  }

  static void writeVerdicts(DataOutputStream out, List<DedupMessage.Verdict> verdicts) throws IOException {
    out.writeInt(verdicts.size());
    for (DedupMessage.Verdict v : verdicts) {
      out.writeLong(v.candidate());
      writeString(out, v.id());
      out.writeLong(v.ts());
      writeMatch(out, v.match());
    }
  }

  static List<DedupMessage.Verdict> readVerdicts(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<DedupMessage.Verdict> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new DedupMessage.Verdict(in.readLong(), readString(in), in.readLong(), readMatch(in)));
    }
    return out;
  }

  /** Slots are -1 (exact), band indexes and sentence slots below {@code SENTENCE_BASE} + 2,000. */
  private static void writeSlot(DataOutputStream out, int slot) throws IOException {
    if (slot < Short.MIN_VALUE || slot > Short.MAX_VALUE) {
      throw new IllegalArgumentException("index key slot out of range: " + slot);
    }
    out.writeShort(slot);
  }

  static void writeZone(DataOutputStream out, Zone zone) throws IOException {
    out.writeByte(zone == null ? -1 : zone.ordinal());
  }

  static Zone readZone(DataInputStream in) throws IOException {
    byte z = in.readByte();
    return z < 0 ? null : ZONES[z];
  }

  static void writeEntries(DataOutputStream out, List<IndexEntry> entries) throws IOException {
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

  static List<IndexEntry> readEntries(DataInputStream in) throws IOException {
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

  static void writeSketch(DataOutputStream out, Sketch sketch) throws IOException {
    if (sketch == null) {
      out.writeInt(-1);
      return;
    }
    out.writeInt(sketch.size());
    writeBytes(out, sketch.minhash());
  }

  static Sketch readSketch(DataInputStream in) throws IOException {
    int size = in.readInt();
    return size < 0 ? null : new Sketch(readBytes(in), size);
  }

  static void writeMatch(DataOutputStream out, Match m) throws IOException {
    out.writeBoolean(m != null);
    if (m != null) {
      out.writeDouble(m.similarity());
      out.writeDouble(m.containmentOfEarlier());
      out.writeDouble(m.containmentOfLater());
      out.writeInt(m.earlierSize());
      out.writeInt(m.laterSize());
    }
  }

  static Match readMatch(DataInputStream in) throws IOException {
    if (!in.readBoolean()) {
      return null;
    }
    return new Match(in.readDouble(), in.readDouble(), in.readDouble(), in.readInt(), in.readInt());
  }

  static void writeSentences(DataOutputStream out, List<SentenceKey> sentences) throws IOException {
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

  static List<SentenceKey> readSentences(DataInputStream in) throws IOException {
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

  static void writeLongs(DataOutputStream out, long[] values) throws IOException {
    if (values == null) {
      out.writeInt(-1);
      return;
    }
    out.writeInt(values.length);
    for (long v : values) {
      out.writeLong(v);
    }
  }

  static long[] readLongs(DataInputStream in) throws IOException {
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

  static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
    if (bytes == null) {
      out.writeInt(-1);
      return;
    }
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static byte[] readBytes(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      return null;
    }
    byte[] out = new byte[n];
    in.readFully(out);
    return out;
  }

  static void writeString(DataOutputStream out, String s) throws IOException {
    writeBytes(out, s == null ? null : s.getBytes(StandardCharsets.UTF_8));
  }

  static String readString(DataInputStream in) throws IOException {
    byte[] b = readBytes(in);
    return b == null ? null : new String(b, StandardCharsets.UTF_8);
  }
}
