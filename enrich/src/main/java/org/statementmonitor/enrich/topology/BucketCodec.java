package org.statementmonitor.enrich.topology;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.statementmonitor.enrich.dedup.Fingerprint.Zone;
import org.statementmonitor.enrich.dedup.IndexEntry;

/**
 * Packs the entries under one index key into 17 bytes each (id hash, timestamp, zone), so the key
 * index stays small: its store is most of the duplicate stage's state.
 */
final class BucketCodec {

  static final int ENTRY_BYTES = 17;

  private BucketCodec() {}

  static byte[] encode(List<IndexEntry> entries) {
    ByteBuffer b = ByteBuffer.allocate(entries.size() * ENTRY_BYTES);
    for (IndexEntry e : entries) {
      b.putLong(e.idHash()).putLong(e.timestamp()).put((byte) (e.zone() == null ? -1 : e.zone().ordinal()));
    }
    return b.array();
  }

  static List<IndexEntry> decode(byte[] bytes) {
    if (bytes == null) {
      return List.of();
    }
    ByteBuffer b = ByteBuffer.wrap(bytes);
    List<IndexEntry> out = new ArrayList<>(bytes.length / ENTRY_BYTES);
    while (b.remaining() >= ENTRY_BYTES) {
      long id = b.getLong();
      long ts = b.getLong();
      byte zone = b.get();
      out.add(new IndexEntry(id, ts, zone < 0 ? null : Zone.values()[zone]));
    }
    return out;
  }

  /** The serde of a bucket. */
  static Serde<List<IndexEntry>> serde() {
    Serializer<List<IndexEntry>> ser = (topic, v) -> v == null ? null : encode(v);
    Deserializer<List<IndexEntry>> de = (topic, bytes) -> bytes == null ? null : decode(bytes);
    return Serdes.serdeFrom(ser, de);
  }
}
