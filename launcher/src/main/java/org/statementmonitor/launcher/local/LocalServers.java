package org.statementmonitor.launcher.local;

import java.nio.file.Path;

/**
 * Starts the local servers of {@code bin/monitor up}: a Kafka broker in this JVM and an
 * Elasticsearch node as a child process, each under its own folder of the data directory, on the
 * default ports so that other tools find them where they expect them.
 */
public final class LocalServers {

  /** Port of the local broker. */
  public static final int KAFKA_PORT = 9092;

  /** Port of the local node. */
  public static final int ELASTICSEARCH_PORT = 9200;

  private LocalServers() {}

  /** A started local server and the address clients use. */
  public interface Running extends AutoCloseable {
    /** Kafka bootstrap servers or Elasticsearch URL. */
    String address();

    /** Where the server keeps its data. */
    Path dataDir();

    @Override
    void close();
  }

  /** Starts the Kafka broker under {@code dataDir}. */
  public static Running startKafka(Path dataDir) {
    throw new UnsupportedOperationException("the embedded Kafka broker is not available in this build");
  }

  /** Starts the Elasticsearch node under {@code dataDir}. */
  public static Running startElasticsearch(Path dataDir) {
    throw new UnsupportedOperationException("the local Elasticsearch node is not available in this build");
  }
}
