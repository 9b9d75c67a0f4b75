package org.statementmonitor.indexer.bulk;

import org.apache.kafka.common.TopicPartition;
import org.statementmonitor.indexer.decode.IndexRequest;

/**
 * A record taken from Kafka and not yet settled: where it came from (for the commit and for a dead
 * letter), the document to index, and how many attempts it has had. Immutable; a retry is a new
 * instance with one more attempt.
 *
 * @param request the document to index; null when the record goes straight to the dead letters
 * @param deadLetterReason set when the record is to be dead-lettered, with the reason
 * @param alone true when the record's next attempt goes in a bulk request of its own, because a whole
 *     request it was part of was refused
 */
public record PendingRecord(
    TopicPartition partition,
    long offset,
    byte[] key,
    byte[] value,
    IndexRequest request,
    int attempts,
    String deadLetterReason,
    Throwable deadLetterError,
    boolean alone) {

  /** A record to index. */
  public static PendingRecord toIndex(TopicPartition partition, long offset, byte[] key, byte[] value,
      IndexRequest request) {
    return new PendingRecord(partition, offset, key, value, request, 0, null, null, false);
  }

  /** A record that goes straight to the dead letters. */
  public static PendingRecord rejected(TopicPartition partition, long offset, byte[] key, byte[] value,
      String reason, Throwable error) {
    return new PendingRecord(partition, offset, key, value, null, 0, reason, error, false);
  }

  /** The same record with one more attempt behind it. */
  public PendingRecord retried() {
    return new PendingRecord(partition, offset, key, value, request, attempts + 1, deadLetterReason,
        deadLetterError, alone);
  }

  /** The same record with one more attempt behind it, to be sent in a bulk request of its own. */
  public PendingRecord retriedAlone() {
    return new PendingRecord(partition, offset, key, value, request, attempts + 1, deadLetterReason,
        deadLetterError, true);
  }

  /** The same record, now to be dead-lettered with this reason. */
  public PendingRecord toDeadLetter(String reason, Throwable error) {
    return new PendingRecord(partition, offset, key, value, request, attempts, reason, error, alone);
  }

  /** True when this record is on its way to the dead-letter topic. */
  public boolean deadLettering() {
    return deadLetterReason != null;
  }
}
