/**
 * Newness: what ingest has produced, remembered in the compacted Kafka topic {@code
 * monitor.ingest.seen} ({@link org.statementmonitor.ingest.seen.SeenState}), keyed by the stable
 * statement id that {@link org.statementmonitor.ingest.seen.StatementIds} derives from the normalised
 * URL ({@link org.statementmonitor.ingest.seen.UrlNormaliser}) or the feed GUID, with the content hash
 * and version that tell an edit from a repeat.
 */
package org.statementmonitor.ingest.seen;
