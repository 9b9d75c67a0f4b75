package org.statementmonitor.common.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.common.json.Json;

/**
 * A small HTTP server for operators: {@code GET /metrics} (Prometheus text format) and {@code GET
 * /health}. Services register named {@link HealthCheck}s; other handlers (the push endpoint, the
 * rules API) may be added with {@link #route(String, HttpHandler)}. Owned by the service that starts
 * it; {@link #close()} stops it.
 */
public final class OpsServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(OpsServer.class);

  private final HttpServer server;
  private final Map<String, HealthCheck> checks = new ConcurrentHashMap<>();

  private OpsServer(HttpServer server) {
    this.server = server;
  }

  /**
   * Starts the server on {@code host:port} (port 0 picks a free one).
   *
   * @throws IOException when the address cannot be bound
   */
  public static OpsServer start(String host, int port, PrometheusMeterRegistry registry) throws IOException {
    HttpServer http = HttpServer.create(new InetSocketAddress(host, port), 64);
    OpsServer ops = new OpsServer(http);
    http.createContext("/metrics", exchange -> ops.respond(exchange, 200, "text/plain; version=0.0.4",
        registry.scrape()));
    http.createContext("/health", ops::health);
    http.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    http.start();
    LOG.info("metrics on http://{}:{}/metrics, health on /health", host, ops.port());
    return ops;
  }

  /** Adds a health check under a name; a later check of the same name replaces it. */
  public OpsServer register(String name, HealthCheck check) {
    checks.put(name, check);
    return this;
  }

  /** Adds a handler for a path prefix. */
  public OpsServer route(String path, HttpHandler handler) {
    server.createContext(path, handler);
    return this;
  }

  /** The bound port. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The base URL, for messages. */
  public String url() {
    return "http://" + server.getAddress().getHostString() + ":" + port();
  }

  /** Evaluates every check: overall up when all are up. */
  public Map<String, Object> healthReport() {
    Map<String, Object> report = new LinkedHashMap<>();
    boolean up = true;
    Map<String, Object> each = new LinkedHashMap<>();
    for (Map.Entry<String, HealthCheck> e : checks.entrySet()) {
      HealthCheck.Status status;
      try {
        status = e.getValue().check();
      } catch (RuntimeException ex) {
        status = HealthCheck.Status.down("check failed: " + ex);
      }
      up &= status.up();
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("status", status.up() ? "UP" : "DOWN");
      entry.putAll(status.details());
      each.put(e.getKey(), entry);
    }
    report.put("status", up ? "UP" : "DOWN");
    report.put("checks", each);
    return report;
  }

  private void health(HttpExchange exchange) throws IOException {
    Map<String, Object> report = healthReport();
    int code = "UP".equals(report.get("status")) ? 200 : 503;
    respond(exchange, code, "application/json", Json.toString(report));
  }

  private void respond(HttpExchange exchange, int code, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(code, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
