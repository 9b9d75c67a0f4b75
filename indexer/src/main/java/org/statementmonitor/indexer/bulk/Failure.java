package org.statementmonitor.indexer.bulk;

/**
 * How an Elasticsearch failure is handled.
 *
 * <ul>
 *   <li>{@link #RETRY_FOREVER}: the cluster is busy or unreachable (429, 503, connection refused or
 *       reset, timeouts). Nothing is wrong with the document: back off and try again, pausing
 *       consumption meanwhile, however long it takes.
 *   <li>{@link #RETRY_LIMITED}: another 5xx on one document; retried a bounded number of times, then
 *       dead-lettered so one odd document cannot stall a partition for ever.
 *   <li>{@link #PERMANENT}: a 4xx on the document (mapping error, id too long, version conflict):
 *       dead-lettered at once with the reason.
 * </ul>
 */
public enum Failure {
  RETRY_FOREVER,
  RETRY_LIMITED,
  PERMANENT
}
