package org.statementmonitor.enrich.dedup;

/**
 * When a later statement counts as a copy of an earlier one, and how much the key index keeps. The
 * defaults were chosen by measurement on the generated test set (see docs/enrich-duplicates.md).
 *
 * @param similarity estimated Jaccard similarity of content shingles at or above which two statements
 *     are copies (re-wrapped, re-spelled, HTML-ised copies)
 * @param containment share of one statement's content shingles found in the other at or above which
 *     they are copies (a repost with a new lead and footer, a cover letter around an annex, a copy cut
 *     short)
 * @param containmentFloor least similarity for the containment rule to apply (containment is
 *     estimated from similarity and sizes, and is unreliable when similarity is tiny)
 * @param minShingles fewest content shingles of the contained statement for containment to count
 * @param minCutRatio a contained later copy must keep at least this share of the earlier's shingles
 * @param bandBucketCap statements kept per LSH band key (the earliest ones: originals come first)
 * @param sentenceBucketCap statements kept per sentence key (the earliest ones)
 */
public record DuplicatePolicy(double similarity, double containment, double containmentFloor,
    int minShingles,
    double minCutRatio, int bandBucketCap, int sentenceBucketCap) {

  /** The measured defaults. */
  public static final DuplicatePolicy DEFAULT = new DuplicatePolicy(0.5, 0.6, 0.2, 25, 0.2, 4, 3);

  public DuplicatePolicy {
    if (similarity <= 0 || similarity > 1) {
      throw new IllegalArgumentException("similarity threshold must be in (0,1], was " + similarity);
    }
    if (containment <= 0 || containment > 1) {
      throw new IllegalArgumentException("containment threshold must be in (0,1], was " + containment);
    }
    if (minShingles < 1 || bandBucketCap < 1 || sentenceBucketCap < 2) {
      throw new IllegalArgumentException("minShingles and bandBucketCap must be >= 1, sentenceBucketCap >= 2");
    }
  }

  /** Whether the later statement of a compared pair is a copy of the earlier one. */
  public boolean isCopy(Match m) {
    if (m.similarity() >= similarity) {
      return true;
    }
    if (m.similarity() < containmentFloor) {
      return false;
    }
    boolean earlierInLater = m.containmentOfEarlier() >= containment && m.earlierSize() >= minShingles;
    boolean laterInEarlier = m.containmentOfLater() >= containment && m.laterSize() >= minShingles
        && m.laterSize() >= minCutRatio * m.earlierSize();
    return earlierInLater || laterInEarlier;
  }
}
