package org.statementmonitor.launcher.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.statementmonitor.embedded.elasticsearch.LocalElasticsearch;
import org.statementmonitor.embedded.kafka.EmbeddedKafka;

/**
 * Starts the local servers of {@code bin/monitor up}: a Kafka broker in this JVM and an
 * Elasticsearch node as a child process, each under its own folder of the data directory, on the
 * default ports so that other tools find them where they expect them. Data survives restarts.
 */
public final class LocalServers {

  /** Port of the local broker. */
  public static final int KAFKA_PORT = EmbeddedKafka.DEFAULT_PORT;

  /** Port of the local node. */
  public static final int ELASTICSEARCH_PORT = 9200;

  private static final String LOOPBACK = "127.0.0.1";

  private LocalServers() {}

  /** A started local server and the address clients use; closing it stops it. */
  public interface Running extends AutoCloseable {
    /** Kafka bootstrap servers or Elasticsearch URL. */
    String address();

    /** Where the server keeps its data. */
    Path dataDir();

    @Override
    void close();
  }

  /**
   * Starts the Kafka broker under {@code dataDir} on localhost:9092.
   *
   * @throws IllegalStateException when the port is taken or the broker fails, saying what to do
   */
  public static Running startKafka(Path dataDir) {
    requireFree(KAFKA_PORT, "Kafka", "--kafka localhost:" + KAFKA_PORT);
    EmbeddedKafka kafka = EmbeddedKafka.builder().dataDir(dataDir).host(LOOPBACK).port(KAFKA_PORT).build()
        .start();
    return new Running() {
      @Override
      public String address() {
        return kafka.bootstrapServers();
      }

      @Override
      public Path dataDir() {
        return kafka.dataDir();
      }

      @Override
      public void close() {
        kafka.close();
      }
    };
  }

  /**
   * Starts the Elasticsearch node under {@code dataDir} on localhost:9200, as a child process (as an
   * unprivileged user when this JVM runs as root).
   *
   * @throws IllegalStateException when the port is taken or the node fails, saying what to do
   */
  public static Running startElasticsearch(Path dataDir) {
    requireFree(ELASTICSEARCH_PORT, "Elasticsearch", "--elasticsearch http://localhost:" + ELASTICSEARCH_PORT);
    LocalElasticsearch node = LocalElasticsearch.builder().runDir(dataDir).httpPort(ELASTICSEARCH_PORT).build()
        .start();
    return new Running() {
      @Override
      public String address() {
        return node.url();
      }

      @Override
      public Path dataDir() {
        return dataDir;
      }

      @Override
      public void close() {
        node.close();
      }
    };
  }

  private static void requireFree(int port, String what, String option) {
    try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName(LOOPBACK))) {
      probe.setReuseAddress(true);
    } catch (IOException e) {
      throw new IllegalStateException("port " + port + " is in use, so no local " + what
          + " can start there. If a " + what + " already runs on it, use it with " + option
          + "; otherwise stop what holds the port", e);
    }
  }
}
