/**
 * The {@code monitor} command ({@code bin/monitor}, and the Docker image's entry point).
 *
 * <p>{@code up} runs the whole pipeline in one process: when no cluster is named it starts a real
 * Kafka broker (KRaft, in this JVM) on localhost:9092 and a real Elasticsearch node (child process) on
 * localhost:9200 under the data directory, serves a demo feed, then starts every service found on the
 * class path: ingest (feeds to the raw topic), enrich (raw to enriched topic, Kafka Streams), index
 * (enriched topic to Elasticsearch, alias {@code statements}) and alerts. {@code ingest}, {@code
 * enrich}, {@code index} and {@code alerts} each run one service against existing clusters, as
 * docker-compose and real deployments do. Modules contribute further commands ({@code analyze},
 * {@code rules}) through {@link org.statementmonitor.common.service.CommandProvider}.
 *
 * <p>Nothing else depends on this module: it is the only place where the services meet.
 */
package org.statementmonitor.launcher;
