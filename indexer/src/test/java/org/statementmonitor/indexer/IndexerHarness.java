package org.statementmonitor.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.statementmonitor.common.config.ElasticsearchSettings;
import org.statementmonitor.common.config.KafkaSettings;
import org.statementmonitor.common.config.MonitorConfig;
import org.statementmonitor.common.service.ServiceContext;
import org.statementmonitor.indexer.client.ElasticsearchClients;
import org.statementmonitor.indexer.mapping.IndexLayout;

/** Runs an {@link IndexerService} against the test servers, with a client to look at the result. */
final class IndexerHarness implements AutoCloseable {

  final SimpleMeterRegistry registry;
  final IndexerService service;
  final ElasticsearchClient client;

  /** Starts an indexer in its own consumer group with quick flushes. */
  static IndexerHarness start(KafkaSettings kafka, ElasticsearchSettings es, String groupId,
      Map<String, Object> overrides) throws Exception {
    Map<String, Object> section = new java.util.HashMap<>(Map.of("groupId", groupId, "flushIntervalMs", 200,
        "pickupIntervalMs", 200, "retryInitialMs", 100, "retryMaxMs", 1000));
    section.putAll(overrides);
    MonitorConfig config = MonitorConfig.empty().with(IndexerServiceFactory.SECTION, section);
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    ServiceContext context = new ServiceContext(config, kafka, es, registry, null,
        Files.createTempDirectory("indexer-it"));
    IndexerService service = new IndexerService(context,
        config.section(IndexerServiceFactory.SECTION, IndexerConfig.class), Clock.systemUTC());
    service.start();
    return new IndexerHarness(service, ElasticsearchClients.create(ElasticsearchSettings.at(es.url())), registry);
  }

  private IndexerHarness(IndexerService service, ElasticsearchClient client, SimpleMeterRegistry registry) {
    this.service = service;
    this.client = client;
    this.registry = registry;
  }

  /** Documents of the statements alias matching a term, after a refresh. */
  List<JsonNode> statementsWhere(String field, String value) {
    return search(IndexLayout.STATEMENTS_ALIAS, field, value);
  }

  /** Documents of the alerts alias matching a term, after a refresh. */
  List<JsonNode> alertsWhere(String field, String value) {
    return search(IndexLayout.ALERTS_ALIAS, field, value);
  }

  private List<JsonNode> search(String alias, String field, String value) {
    try {
      client.indices().refresh(r -> r.index(alias));
      SearchResponse<JsonNode> response = client.search(s -> s.index(alias).size(1000)
          .query(q -> q.term(t -> t.field(field).value(value))), JsonNode.class);
      return response.hits().hits().stream().map(h -> h.source()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A counter's value, 0 when it does not exist yet. */
  double records(String outcome) {
    return registry.find("monitor.indexer.records").tag("outcome", outcome).counters().stream()
        .mapToDouble(c -> c.count()).sum();
  }

  @Override
  public void close() {
    service.close();
    ElasticsearchClients.close(client);
  }
}
