package org.statementmonitor.enrich.dedup;

import java.util.ArrayList;
import java.util.List;
import net.openhft.hashing.LongHashFunction;

/**
 * The rule for one index key, shared by the offline detector and the topology's key index store:
 * a lookup returns the other statements under the key, and the probe is remembered only when the
 * key holds fewer than the cap (the earliest statements are kept: they are the originals).
 */
public final class IndexBucket {

  private static final LongHashFunction ID_HASH = LongHashFunction.xx3(0x5eed_0005L);

  private IndexBucket() {}

  /** The 64-bit hash by which the indexes refer to a statement id. */
  public static long idHash(String statementId) {
    return ID_HASH.hashChars(statementId);
  }

  /** Entries of other statements under the key (the probe's own entry, on a replay, is left out). */
  public static List<IndexEntry> others(List<IndexEntry> bucket, long probeIdHash) {
    List<IndexEntry> out = new ArrayList<>(bucket.size());
    for (IndexEntry e : bucket) {
      if (e.idHash() != probeIdHash) {
        out.add(e);
      }
    }
    return out;
  }

  /** Whether the probe should be added to a bucket that holds these entries. */
  public static boolean shouldRemember(List<IndexEntry> bucket, long probeIdHash, int cap) {
    if (bucket.size() >= cap) {
      return false;
    }
    for (IndexEntry e : bucket) {
      if (e.idHash() == probeIdHash) {
        return false;
      }
    }
    return true;
  }
}
