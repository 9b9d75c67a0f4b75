package org.statementmonitor.bench.e2e;

import java.nio.file.Path;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.common.config.ElasticsearchSettings;
import org.statementmonitor.common.config.KafkaSettings;
import org.statementmonitor.embedded.elasticsearch.LocalElasticsearch;
import org.statementmonitor.embedded.kafka.EmbeddedKafka;

/**
 * The broker and the node the benchmark runs against: the embedded KRaft broker (in this JVM) and the
 * local Elasticsearch node (a child process) under the work directory, or existing clusters given by
 * address. Closing stops what this object started and nothing else.
 */
final class Clusters implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Clusters.class);

  private final EmbeddedKafka kafka;
  private final LocalElasticsearch elasticsearch;
  private final String bootstrap;
  private final String url;

  private Clusters(EmbeddedKafka kafka, LocalElasticsearch elasticsearch, String bootstrap, String url) {
    this.kafka = kafka;
    this.elasticsearch = elasticsearch;
    this.bootstrap = bootstrap;
    this.url = url;
  }

  /** Existing clusters; nothing is started or stopped. */
  static Clusters existing(String bootstrap, String url) {
    return new Clusters(null, null, bootstrap, url);
  }

  /** Starts the embedded broker and the local node under {@code workDir} (both on free ports). */
  static Clusters startEmbedded(Path workDir) {
    long t0 = System.nanoTime();
    EmbeddedKafka kafka = EmbeddedKafka.builder().dataDir(workDir.resolve("kafka")).port(0).build().start();
    LOG.info("embedded broker at {} in {} ms", kafka.bootstrapServers(), (System.nanoTime() - t0) / 1_000_000);
    try {
      long t1 = System.nanoTime();
      LocalElasticsearch es = LocalElasticsearch.builder().runDir(workDir.resolve("elasticsearch")).httpPort(0)
          .build().start();
      LOG.info("local Elasticsearch node at {} in {} ms", es.url(), (System.nanoTime() - t1) / 1_000_000);
      return new Clusters(kafka, es, kafka.bootstrapServers(), es.url());
    } catch (RuntimeException e) {
      kafka.close();
      throw e;
    }
  }

  String bootstrapServers() {
    return bootstrap;
  }

  String elasticsearchUrl() {
    return url;
  }

  /** Kafka settings whose topics get {@code partitions} partitions. */
  KafkaSettings kafkaSettings(int partitions) {
    return new KafkaSettings(bootstrap, null, null, null, null, null, null, partitions, (short) 1);
  }

  ElasticsearchSettings elasticsearchSettings() {
    return ElasticsearchSettings.at(url);
  }

  /** Process id of the local node, when this run started it. */
  OptionalInt elasticsearchPid() {
    return elasticsearch == null ? OptionalInt.empty() : elasticsearch.pid();
  }

  /** Where the servers ran: embedded or the addresses given. */
  String describe() {
    return kafka == null ? "existing Kafka " + bootstrap + ", Elasticsearch " + url
        : "embedded KRaft broker (in the benchmark JVM) and local Elasticsearch node (child process, 512 MB heap)";
  }

  @Override
  public void close() {
    if (elasticsearch != null) {
      elasticsearch.close();
    }
    if (kafka != null) {
      kafka.close();
    }
  }
}
