package org.statementmonitor.testkit.elasticsearch;

import org.statementmonitor.common.config.ElasticsearchSettings;

/**
 * A real Elasticsearch node for tests, shared by every test class of the JVM (so use index names of
 * your own or clean up). Obtain it from {@link ElasticsearchExtension} as a parameter, or from
 * {@code TestServers.elasticsearch()}.
 */
public interface ElasticsearchNode extends AutoCloseable {

  /** The base URL, {@code http://127.0.0.1:port}; stable across {@link #stop()}/{@link #start()}. */
  String url();

  /** Makes the node unavailable (the local node's processes stop; a container is paused). */
  void stop();

  /** Makes the node available again with the same data and URL; returns when it is ready. */
  void start();

  /** Whether the node is available now. */
  boolean isRunning();

  /** Stops the node for good and deletes its data. Called by the testkit at the end of the run. */
  @Override
  void close();

  /** Connection settings for services under test (no security). */
  default ElasticsearchSettings settings() {
    return ElasticsearchSettings.at(url());
  }

  /** A plain-HTTP helper bound to this node. */
  default ElasticsearchHttp http() {
    return new ElasticsearchHttp(url());
  }
}
