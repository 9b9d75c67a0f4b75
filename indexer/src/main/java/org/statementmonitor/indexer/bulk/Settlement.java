package org.statementmonitor.indexer.bulk;

/**
 * The outcome of one record's trip to Elasticsearch or to the dead-letter topic, handed from the
 * client's threads back to the consumer thread, which alone settles offsets.
 */
public sealed interface Settlement {

  /** The record concerned. */
  PendingRecord record();

  /** Elasticsearch acknowledged the document. */
  record Indexed(PendingRecord record) implements Settlement {}

  /** Elasticsearch refused the document, or the whole request failed. */
  record Failed(PendingRecord record, Failure failure, int status, String reason) implements Settlement {}

  /** The record is on the dead-letter topic. */
  record DeadLettered(PendingRecord record) implements Settlement {}

  /** Writing the dead letter failed; it is tried again after a back-off. */
  record DeadLetterFailed(PendingRecord record, Exception error) implements Settlement {}

  /** The original's pickup summary is up to date with this record. */
  record Summarized(PendingRecord record) implements Settlement {}
}
