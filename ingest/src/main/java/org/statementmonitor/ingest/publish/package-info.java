/**
 * Producing: {@link org.statementmonitor.ingest.publish.StatementPublisher} writes raw statements
 * ({@code monitor.statements.raw}), their seen entries ({@code monitor.ingest.seen}) and dead letters
 * ({@code monitor.deadletters}) in short Kafka transactions, so a statement and the memory of having
 * produced it are never separated.
 */
package org.statementmonitor.ingest.publish;
