package org.statementmonitor.indexer.search;

import org.statementmonitor.common.config.ElasticsearchSettings;

/** Where this package's integration tests find Elasticsearch. */
final class TestElasticsearchAccess {

  private TestElasticsearchAccess() {}

  static ElasticsearchSettings settings() {
    return ElasticsearchSettings.at(System.getProperty("indexer.it.elasticsearch", "http://127.0.0.1:9200"));
  }
}
