/**
 * The test Kafka broker: {@link org.statementmonitor.testkit.kafka.KafkaCluster} is what a test sees
 * (bootstrap address, client settings, stop/start for outage tests, and helpers to create topics,
 * produce and read records with a timeout); {@link org.statementmonitor.testkit.kafka.KafkaExtension}
 * injects the shared instance into JUnit tests.
 */
package org.statementmonitor.testkit.kafka;
