/**
 * What every service of the statement monitor shares, and nothing else.
 *
 * <p>The pipeline: {@code ingest} turns newly published statements into {@link
 * org.statementmonitor.common.event.Statement} records on the raw topic; {@code enrich} (Kafka
 * Streams) adds language, entities, facts and the duplicate decision and writes {@link
 * org.statementmonitor.common.event.EnrichedStatement} records to the enriched topic; {@code indexer}
 * writes them to Elasticsearch behind the {@code statements} alias; {@code alerts} matches them
 * against stored queries and writes {@link org.statementmonitor.common.event.Alert} records. A record
 * that a stage cannot handle goes to the dead-letter topic as a {@link
 * org.statementmonitor.common.event.DeadLetter} with its reason. Topics are declared once in {@link
 * org.statementmonitor.common.topic.Topics}; every record key is the stable statement id.
 */
package org.statementmonitor.common;
