/**
 * Real servers for running the pipeline on one machine without Docker: a single-node Kafka broker in
 * KRaft mode inside the JVM ({@link org.statementmonitor.embedded.kafka.EmbeddedKafka}) and a local
 * Elasticsearch node run as a child process from the Maven Central distribution
 * ({@link org.statementmonitor.embedded.elasticsearch.LocalElasticsearch}).
 *
 * <p>{@code bin/monitor up} starts both beside the services; the {@code testkit} module starts one of
 * each per test JVM. Neither is a mock: they are the same broker and search engine a deployment runs,
 * configured for one node (replication factor 1, no security, loopback only). Each owns a data
 * directory and can be stopped and started again on it, which is how fault tests simulate outages.
 */
package org.statementmonitor.embedded;
