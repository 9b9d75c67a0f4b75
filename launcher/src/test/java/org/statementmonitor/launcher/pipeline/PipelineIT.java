package org.statementmonitor.launcher.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.statementmonitor.common.config.ElasticsearchSettings;
import org.statementmonitor.common.json.Json;
import org.statementmonitor.common.service.MonitorServiceFactory;
import org.statementmonitor.launcher.options.CommonOptions;
import org.statementmonitor.launcher.options.LaunchSettings;
import org.statementmonitor.launcher.run.ServiceCatalog;
import org.statementmonitor.launcher.run.ServiceHost;
import org.statementmonitor.testkit.elasticsearch.ElasticsearchExtension;
import org.statementmonitor.testkit.elasticsearch.ElasticsearchNode;
import org.statementmonitor.testkit.kafka.KafkaCluster;
import org.statementmonitor.testkit.kafka.KafkaExtension;

/**
 * The walking skeleton end to end: a publisher's feed (HTML and PDF statements) on a local HTTP
 * server, ingest, enrich and the indexer started through the same factories and host as {@code
 * bin/monitor up}, a real broker and a real node; the statements must be searchable through the
 * alias {@code statements} with their fields, exactly once each, also after the feed was polled again.
 */
@ExtendWith({KafkaExtension.class, ElasticsearchExtension.class})
class PipelineIT {

  private static final List<String> PIPELINE = List.of("ingest", "enrich", "index");
  private static final Duration FLOW_TIMEOUT = Duration.ofSeconds(120);

  @TempDir
  Path dir;

  private final HttpClient http = HttpClient.newHttpClient();
  private PipelineFixture site;
  private ServiceHost host;

  @BeforeEach
  void startPublisher() throws Exception {
    site = PipelineFixture.start();
  }

  @AfterEach
  void stopEverything() {
    if (host != null) {
      host.close();
    }
    site.close();
  }

  @Test
  void shouldMakeFeedStatementsSearchableExactlyOnceEvenWhenPolledAgain(KafkaCluster kafka, ElasticsearchNode es)
      throws Exception {
    // Given the pipeline's services, found by name as bin/monitor up finds them, polling the site often
    Path config = dir.resolve("monitor.yml");
    Files.writeString(config, """
        ingest:
          defaultInterval: 1s
          politenessDelay: 0s
        indexer:
          flushIntervalMs: 200
        """, StandardCharsets.UTF_8);
    LaunchSettings settings = LaunchSettings.resolve(CommonOptions.of(config, kafka.bootstrapServers(),
        es.settings().url(), List.of(site.feedUrl()), dir.resolve("data"), 0), name -> null);
    ElasticsearchSettings elasticsearch = es.settings();
    settings = new LaunchSettings(settings.config().with("elasticsearch", elasticsearch), settings.kafka(),
        elasticsearch, settings.ops(), settings.dataDir(), true, true);
    ServiceCatalog catalog = ServiceCatalog.load();
    host = new ServiceHost(Duration.ofSeconds(20));
    host.open(settings);

    // When they run
    for (String name : PIPELINE) {
      MonitorServiceFactory factory = catalog.find(name).orElseThrow(() -> new AssertionError(
          "service '" + name + "' is not on the launcher's class path (found " + catalog.names()
              + "): its module must register a MonitorServiceFactory named '" + name + "' in META-INF/services"));
      host.start(factory);
    }

    // Then every statement of the feed is searchable through the alias, with its fields
    await().atMost(FLOW_TIMEOUT).pollInterval(Duration.ofMillis(500))
        .untilAsserted(() -> assertThat(urlsIndexed(es)).hasSize(site.firstItems().size()));
    for (PipelineFixture.Page page : site.firstItems()) {
      assertIndexed(es, page);
    }

    // And when the feed is polled again, with one new item, nothing is indexed twice
    int fetchesBefore = site.feedFetches();
    site.publishLaterItem();
    await().atMost(FLOW_TIMEOUT).pollInterval(Duration.ofMillis(500))
        .untilAsserted(() -> assertThat(urlsIndexed(es)).contains(site.urlOf(site.laterItem())));
    await().atMost(FLOW_TIMEOUT).until(() -> site.feedFetches() >= fetchesBefore + 3);
    refresh(es);

    List<String> urls = urlsIndexed(es);
    assertThat(urls).as("each statement exactly once").doesNotHaveDuplicates().hasSize(4);
    assertIndexed(es, site.laterItem());
  }

  private void assertIndexed(ElasticsearchNode es, PipelineFixture.Page page) throws Exception {
    JsonNode hits = search(es, Map.of("query", Map.of("term", Map.of("url", site.urlOf(page))))).path("hits");
    assertThat(hits.path("total").path("value").asInt()).as("documents for %s", page.path()).isEqualTo(1);
    JsonNode doc = hits.path("hits").get(0).path("_source");
    assertThat(doc.path("title").asText()).isEqualTo(page.title());
    assertThat(doc.path("url").asText()).isEqualTo(site.urlOf(page));
    assertThat(doc.path("id").asText()).isNotBlank().isEqualTo(hits.path("hits").get(0).path("_id").asText());
    assertThat(doc.path("text").asText().replaceAll("\\s+", " ")).contains(page.distinctivePhrase());
    assertThat(doc.path("content_hash").asText()).isNotBlank();
    assertThat(doc.path("language").asText()).isNotBlank();
    assertThat(doc.path("source").path("name").asText()).isEqualTo("feed-1");
  }

  private List<String> urlsIndexed(ElasticsearchNode es) throws Exception {
    refresh(es);
    JsonNode hits = search(es, Map.of("size", 100, "query", Map.of("match_all", Map.of())))
        .path("hits").path("hits");
    List<String> urls = new ArrayList<>();
    hits.forEach(hit -> urls.add(hit.path("_source").path("url").asText()));
    return urls;
  }

  private void refresh(ElasticsearchNode es) throws Exception {
    send(es, "POST", "/statements/_refresh", null);
  }

  private JsonNode search(ElasticsearchNode es, Map<String, Object> body) throws Exception {
    return send(es, "POST", "/statements/_search", Json.toString(body));
  }

  private JsonNode send(ElasticsearchNode es, String method, String path, String body) throws Exception {
    ElasticsearchSettings settings = es.settings();
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.url() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .header("Content-Type", "application/json");
    if (settings.username() != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
          (settings.username() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8)));
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 404) {
      return Json.mapper().readTree("{\"hits\":{\"total\":{\"value\":0},\"hits\":[]}}");
    }
    assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isLessThan(300);
    return Json.mapper().readTree(response.body());
  }
}
