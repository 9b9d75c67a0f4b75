package org.statementmonitor.enrich.dedup;

/**
 * How an earlier statement and a later one compare on their content shingles.
 *
 * @param similarity estimated Jaccard similarity
 * @param containmentOfEarlier share of the earlier statement's shingles found in the later one (a
 *     repost with a new lead paragraph, or a cover letter around an annex, still contains all of it)
 * @param containmentOfLater share of the later statement's shingles found in the earlier one (a copy
 *     cut short is wholly contained in its original)
 * @param earlierSize distinct content shingles of the earlier statement
 * @param laterSize distinct content shingles of the later statement
 */
public record Match(double similarity, double containmentOfEarlier, double containmentOfLater,
    int earlierSize, int laterSize) {}
