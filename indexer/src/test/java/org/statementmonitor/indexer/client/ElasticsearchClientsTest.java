package org.statementmonitor.indexer.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statementmonitor.common.config.ConfigException;
import org.statementmonitor.common.config.ElasticsearchSettings;

/**
 * The Elasticsearch client built from configuration authenticates as configured (API key first, else
 * basic auth) and refuses a CA certificate it cannot read, naming the key. A local HTTP server stands in
 * for the node and records what the client sends.
 */
class ElasticsearchClientsTest {

  private HttpServer server;
  private final List<String> authorizations = new CopyOnWriteArrayList<>();

  @TempDir
  Path dir;

  @BeforeEach
  void startServer() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
      exchange.getResponseHeaders().set("X-Elastic-Product", "Elasticsearch");
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Test
  void shouldSendTheApiKeyWhenOneIsConfigured() throws Exception {
    ElasticsearchClient client = ElasticsearchClients.create(
        new ElasticsearchSettings(url(), "a2V5LWlkOmtleS1zZWNyZXQ=", "ignored", "ignored", null));
    try {
      assertThat(client.indices().exists(e -> e.index("statements")).value()).isTrue();
    } finally {
      ElasticsearchClients.close(client);
    }
    assertThat(authorizations).containsExactly("ApiKey a2V5LWlkOmtleS1zZWNyZXQ=");
  }

  @Test
  void shouldSendBasicAuthWhenOnlyAUserIsConfigured() throws Exception {
    ElasticsearchClient client = ElasticsearchClients.create(
        new ElasticsearchSettings(url(), null, "monitor", "s3cret-pass", null));
    try {
      client.indices().exists(e -> e.index("statements"));
    } finally {
      ElasticsearchClients.close(client);
    }
    String expected = Base64.getEncoder().encodeToString("monitor:s3cret-pass".getBytes(StandardCharsets.UTF_8));
    assertThat(authorizations).containsExactly("Basic " + expected);
  }

  @Test
  void shouldRefuseACaCertificateThatIsNotPem() throws Exception {
    Path notPem = Files.writeString(dir.resolve("ca.pem"), "not a certificate", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> ElasticsearchClients.create(
        new ElasticsearchSettings("https://search.example:9200", null, null, null, notPem.toString())))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("elasticsearch.caCertificate").hasMessageContaining("cannot be read as PEM");
  }
}
