/**
 * The indexer: Kafka to Elasticsearch.
 *
 * <p>In: the enriched statements topic and the alerts topic ({@code Topics.ENRICHED}, {@code
 * Topics.ALERTS}), read by the consumer group {@code monitor-indexer} with manual commits. Out: the
 * monthly indices {@code statements-YYYY.MM} and {@code alerts-YYYY.MM} behind the aliases {@code
 * statements} and {@code alerts} (doc id = statement id or alert id, so replays overwrite), and the
 * dead-letter topic for records that cannot be indexed, with the reason.
 *
 * <p>Flow: {@link org.statementmonitor.indexer.IndexingLoop} polls, {@link
 * org.statementmonitor.indexer.decode.RecordDecoder} validates and maps, {@link
 * org.statementmonitor.indexer.bulk.BulkIndexer} batches into bulk requests and settles each item,
 * {@link org.statementmonitor.indexer.pickup.PickupWorker} updates originals when copies arrive, and
 * {@link org.statementmonitor.indexer.bulk.OffsetTracker} lets the loop commit only what Elasticsearch
 * acknowledged. {@link org.statementmonitor.indexer.search.StatementSearch} is the query layer over the
 * aliases.
 */
package org.statementmonitor.indexer;
