package org.statementmonitor.enrich.dedup;

import java.util.Arrays;
import java.util.Objects;

/**
 * The compact signature kept per statement for verification: the low byte of each of the {@link
 * Fingerprinter#PERMUTATIONS} MinHash minima (b-bit MinHash, b = 8) and the number of distinct
 * content shingles. 64 + 4 bytes instead of 64 longs; the 1/256 chance that two different minima
 * share their low byte is corrected for in {@link #similarity(Sketch)}.
 *
 * @param minhash one byte per permutation
 * @param size distinct content shingles of the statement
 */
public record Sketch(byte[] minhash, int size) {

  private static final double ACCIDENTAL = 1.0 / 256;

  public Sketch {
    Objects.requireNonNull(minhash, "minhash");
  }

  /** Estimated Jaccard similarity of the two statements' content shingles. */
  public double similarity(Sketch other) {
    if (size == 0 || other.size == 0 || minhash.length != other.minhash.length) {
      return 0.0;
    }
    int equal = 0;
    for (int i = 0; i < minhash.length; i++) {
      if (minhash[i] == other.minhash[i]) {
        equal++;
      }
    }
    double raw = (double) equal / minhash.length;
    return Math.max(0.0, Math.min(1.0, (raw - ACCIDENTAL) / (1 - ACCIDENTAL)));
  }

  /** How this (earlier) statement relates to a later one: similarity and both containments. */
  public Match compare(Sketch later) {
    double j = similarity(later);
    double shared = j * (size + later.size) / (1 + j);
    double ofEarlier = size == 0 ? 0 : Math.min(1.0, shared / size);
    double ofLater = later.size == 0 ? 0 : Math.min(1.0, shared / later.size);
    return new Match(j, ofEarlier, ofLater, size, later.size);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sketch s && s.size == size && Arrays.equals(s.minhash, minhash);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(minhash) + size;
  }

  @Override
  public String toString() {
    return "Sketch[size=" + size + "]";
  }
}
