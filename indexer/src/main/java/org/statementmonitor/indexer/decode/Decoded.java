package org.statementmonitor.indexer.decode;

/** What {@link RecordDecoder} made of one Kafka record. */
public sealed interface Decoded {

  /** A valid record, mapped to the document to index. */
  record Accepted(IndexRequest request) implements Decoded {}

  /** A record that cannot be indexed; {@code reason} says what is wrong in words an operator can act on. */
  record Rejected(String reason, Throwable error) implements Decoded {}

  /** A record with nothing to index (a tombstone). */
  record Skipped(String reason) implements Decoded {}
}
