package org.statementmonitor.bench.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.common.json.Json;

/**
 * A local webhook (on 127.0.0.1, a free port) standing in for Slack or an operator's endpoint: the
 * alerts service delivers to it, and it notes when the first alert for each statement arrived, the
 * end of the raw-to-alert latency.
 */
final class WebhookReceiver implements AutoCloseable {

  static final String PATH = "/bench-hook";

  private static final Logger LOG = LoggerFactory.getLogger(WebhookReceiver.class);

  final Map<String, Long> deliveredAt = new ConcurrentHashMap<>();
  final AtomicLong deliveries = new AtomicLong();
  private final HttpServer server;

  private WebhookReceiver(HttpServer server) {
    this.server = server;
  }

  static WebhookReceiver start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    WebhookReceiver receiver = new WebhookReceiver(server);
    server.createContext(PATH, receiver::receive);
    server.setExecutor(Executors.newFixedThreadPool(2));
    server.start();
    return receiver;
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
  }

  private void receive(HttpExchange exchange) throws IOException {
    long now = System.currentTimeMillis();
    try (InputStream in = exchange.getRequestBody()) {
      JsonNode body = Json.mapper().readTree(in.readAllBytes());
      deliveries.incrementAndGet();
      String statement = body.path("alert").path("statementId").asText(null);
      if (statement != null) {
        deliveredAt.putIfAbsent(statement, now);
      }
    } catch (IOException | RuntimeException e) {
      LOG.debug("unreadable webhook body: {}", e.toString());
    }
    exchange.sendResponseHeaders(204, -1);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
