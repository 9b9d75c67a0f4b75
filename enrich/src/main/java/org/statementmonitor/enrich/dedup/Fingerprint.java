package org.statementmonitor.enrich.dedup;

import java.util.List;

/**
 * Everything the duplicate detector derives from one statement's text.
 *
 * @param exactKey hash of the normalised text (exact copies share it), or 0 when the text is too short
 * @param sketch compact MinHash signature of the content shingles (empty when too short)
 * @param bandKeys one LSH key per band (empty when too short to cluster)
 * @param sentences prose sentences long enough to count as a reused passage, in text order
 * @param text the text the offsets refer to (markup removed)
 */
public record Fingerprint(long exactKey, Sketch sketch, long[] bandKeys, List<SentenceKey> sentences,
    String text) {

  public Fingerprint {
    sentences = List.copyOf(sentences);
  }

  /** False for empty and very short texts, which are never clustered with anything. */
  public boolean clusterable() {
    return exactKey != 0;
  }

  /** Where in its statement a sentence sits: letterheads sit at the head, footers at the tail. */
  public enum Zone {
    HEAD,
    BODY,
    TAIL
  }

  /**
   * One prose sentence.
   *
   * @param key hash of its normalised words
   * @param start offset of its first character
   * @param end offset after its last character
   * @param zone head, body or tail of the statement
   * @param indexed whether it is stored for later statements to find (a bounded sample), or only
   *     looked up
   */
  public record SentenceKey(long key, int start, int end, Zone zone, boolean indexed) {}
}
