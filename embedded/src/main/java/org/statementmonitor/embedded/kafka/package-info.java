/**
 * In-process Kafka broker: {@link org.statementmonitor.embedded.kafka.KafkaBrokerSettings} renders the
 * single-node KRaft configuration (broker and controller in one process, every internal topic with
 * replication factor 1 so transactions and exactly-once Kafka Streams work), and
 * {@link org.statementmonitor.embedded.kafka.EmbeddedKafka} formats the storage directory once and runs
 * {@code KafkaRaftServer} on it, restartable on the same directory and ports.
 */
package org.statementmonitor.embedded.kafka;
