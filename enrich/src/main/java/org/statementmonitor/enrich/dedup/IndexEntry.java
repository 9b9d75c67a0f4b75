package org.statementmonitor.enrich.dedup;

/**
 * One statement remembered under an index key (an exact key, an LSH band key or a sentence key): the
 * hash of its id, its timestamp and, for sentence keys, the zone the sentence sits in.
 */
public record IndexEntry(long idHash, long timestamp, Fingerprint.Zone zone) {

  /** Whether this entry comes before a statement with the given hash and timestamp. */
  public boolean isBefore(long otherIdHash, long otherTimestamp) {
    return DuplicateDecider.isEarlier(timestamp, idHash, otherTimestamp, otherIdHash);
  }
}
