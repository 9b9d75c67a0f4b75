/**
 * Bulk indexing with at-least-once delivery into idempotent documents: the bulk ingester wrapper, the
 * per-item settlement of bulk responses, the classification of failures into retry and dead-letter,
 * and the per-partition tracking of settled offsets that decides what may be committed.
 */
package org.statementmonitor.indexer.bulk;
