package org.statementmonitor.testkit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.testkit.elasticsearch.ContainerElasticsearchNode;
import org.statementmonitor.testkit.elasticsearch.ElasticsearchNode;
import org.statementmonitor.testkit.elasticsearch.LocalElasticsearchNode;
import org.statementmonitor.testkit.kafka.ContainerKafkaCluster;
import org.statementmonitor.testkit.kafka.EmbeddedKafkaCluster;
import org.statementmonitor.testkit.kafka.KafkaCluster;

/**
 * The test JVM's servers: at most one Kafka broker and one Elasticsearch node, started on first use
 * and shared by every test class of the run. The JUnit extensions stop them when the run ends; a JVM
 * shutdown hook stops whatever is still running (for callers that use these accessors directly, for
 * example from a {@code main} or a benchmark).
 */
public final class TestServers {

  private static final Logger LOG = LoggerFactory.getLogger(TestServers.class);

  private static KafkaCluster kafka;
  private static ElasticsearchNode elasticsearch;
  private static boolean hookRegistered;

  private TestServers() {}

  /** The shared Kafka broker, started now if it does not run yet. */
  public static synchronized KafkaCluster kafka() {
    if (kafka == null) {
      Backend backend = Backend.selected();
      long started = System.nanoTime();
      kafka = backend == Backend.CONTAINERS ? ContainerKafkaCluster.launch() : EmbeddedKafkaCluster.launch();
      LOG.info("test Kafka ({}) at {} started in {} ms", backend, kafka.bootstrapServers(),
          (System.nanoTime() - started) / 1_000_000);
      registerShutdownHook();
    }
    return kafka;
  }

  /** Stops and discards the shared Kafka broker; the next {@link #kafka()} starts a new one. */
  public static synchronized void closeKafka() {
    if (kafka != null) {
      try {
        kafka.close();
      } finally {
        kafka = null;
      }
    }
  }

  /** The shared Elasticsearch node, started now if it does not run yet. */
  public static synchronized ElasticsearchNode elasticsearch() {
    if (elasticsearch == null) {
      Backend backend = Backend.selected();
      long started = System.nanoTime();
      elasticsearch = backend == Backend.CONTAINERS
          ? ContainerElasticsearchNode.launch() : LocalElasticsearchNode.launch();
      LOG.info("test Elasticsearch ({}) at {} started in {} ms", backend, elasticsearch.url(),
          (System.nanoTime() - started) / 1_000_000);
      registerShutdownHook();
    }
    return elasticsearch;
  }

  /** Stops and discards the shared Elasticsearch node; the next {@link #elasticsearch()} starts a new one. */
  public static synchronized void closeElasticsearch() {
    if (elasticsearch != null) {
      try {
        elasticsearch.close();
      } finally {
        elasticsearch = null;
      }
    }
  }

  /** Stops everything this class started. */
  public static synchronized void closeAll() {
    try {
      closeKafka();
    } catch (RuntimeException e) {
      LOG.warn("test Kafka did not stop cleanly: {}", e.toString());
    }
    try {
      closeElasticsearch();
    } catch (RuntimeException e) {
      LOG.warn("test Elasticsearch did not stop cleanly: {}", e.toString());
    }
  }

  private static void registerShutdownHook() {
    if (!hookRegistered) {
      Runtime.getRuntime().addShutdownHook(new Thread(TestServers::closeAll, "test-servers-shutdown"));
      hookRegistered = true;
    }
  }
}
