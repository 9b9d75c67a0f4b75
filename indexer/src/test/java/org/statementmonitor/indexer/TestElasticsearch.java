package org.statementmonitor.indexer;

import org.statementmonitor.common.config.ElasticsearchSettings;

/** Where the integration tests find Elasticsearch. */
final class TestElasticsearch {

  private TestElasticsearch() {}

  static ElasticsearchSettings settings() {
    return ElasticsearchSettings.at(System.getProperty("indexer.it.elasticsearch", "http://127.0.0.1:9200"));
  }
}
