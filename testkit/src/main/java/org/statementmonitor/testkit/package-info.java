/**
 * Test support: real servers for integration tests, started once per test JVM and shared by every
 * test class of the run.
 *
 * <p>{@link org.statementmonitor.testkit.TestServers} owns the one Kafka broker and the one
 * Elasticsearch node of the JVM; the JUnit extensions
 * {@link org.statementmonitor.testkit.kafka.KafkaExtension} and
 * {@link org.statementmonitor.testkit.elasticsearch.ElasticsearchExtension} hand them to tests as
 * parameters ({@link org.statementmonitor.testkit.kafka.KafkaCluster},
 * {@link org.statementmonitor.testkit.elasticsearch.ElasticsearchNode}) and stop them when the run
 * ends. {@link org.statementmonitor.testkit.Backend} decides what backs them: the in-process broker
 * and the child-process node of the {@code embedded} module (default), or Testcontainers where a
 * Docker engine runs.
 */
package org.statementmonitor.testkit;
