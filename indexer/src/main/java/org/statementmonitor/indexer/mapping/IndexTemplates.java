package org.statementmonitor.indexer.mapping;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.common.json.Json;

/**
 * Installs the composable index templates of statements and alerts (explicit strict mappings, the
 * alias every monthly index joins) and creates the current month's indices so the aliases exist
 * before the first document. Idempotent: run at every start; a changed template applies to indices
 * created after it.
 */
public final class IndexTemplates {

  private static final Logger LOG = LoggerFactory.getLogger(IndexTemplates.class);

  /** Classpath resource of the statements template. */
  public static final String STATEMENTS_RESOURCE = "statements-template.json";
  /** Classpath resource of the alerts template. */
  public static final String ALERTS_RESOURCE = "alerts-template.json";

  private IndexTemplates() {}

  /** The template body as shipped, for tests and tools. */
  public static ObjectNode load(String resource) {
    try (InputStream in = IndexTemplates.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("index template resource " + resource + " is missing");
      }
      return (ObjectNode) Json.mapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read index template " + resource, e);
    }
  }

  /** The template body with the configured replicas and refresh interval. */
  public static ObjectNode configured(String resource, int replicas, String refreshInterval) {
    ObjectNode template = load(resource);
    ObjectNode settings = (ObjectNode) template.path("template").path("settings");
    settings.put("number_of_replicas", replicas);
    settings.put("refresh_interval", refreshInterval);
    return template;
  }

  /** Installs both templates and the current month's indices. */
  public static void install(ElasticsearchClient client, int replicas, String refreshInterval, Instant now)
      throws IOException {
    put(client, IndexLayout.STATEMENTS_TEMPLATE, configured(STATEMENTS_RESOURCE, replicas, refreshInterval));
    put(client, IndexLayout.ALERTS_TEMPLATE, configured(ALERTS_RESOURCE, replicas, refreshInterval));
    ensureIndex(client, IndexLayout.statementsIndex(now));
    ensureIndex(client, IndexLayout.alertsIndex(now));
  }

  private static void put(ElasticsearchClient client, String name, JsonNode body) throws IOException {
    String json = Json.toString(body);
    client.indices().putIndexTemplate(t -> t.name(name).withJson(new StringReader(json)));
    LOG.info("index template {} installed", name);
  }

  private static void ensureIndex(ElasticsearchClient client, String index) throws IOException {
    if (client.indices().exists(e -> e.index(index)).value()) {
      return;
    }
    try {
      client.indices().create(c -> c.index(index));
      LOG.info("created index {}", index);
    } catch (ElasticsearchException e) {
      if (!"resource_already_exists_exception".equals(e.error().type())) {
        throw e;
      }
    }
  }
}
