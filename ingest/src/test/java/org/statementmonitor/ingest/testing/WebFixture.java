package org.statementmonitor.ingest.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local web site for tests (com.sun.net.httpserver on 127.0.0.1, a free port): serves documents set
 * with {@link #serve}, honours If-None-Match with the ETag it gives each document, counts requests per
 * path and accepts custom handlers for misbehaving servers. Close it after the test.
 */
public final class WebFixture implements AutoCloseable {

  private record Page(String type, byte[] body, String etag) {}

  private final HttpServer server;
  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final AtomicInteger versions = new AtomicInteger();

  public WebFixture() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.start();
  }

  /** The absolute URL of a path on this site. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** The same URL under the name {@code localhost} (another host for the SSRF guard). */
  public String localhostUrl(String path) {
    return "http://localhost:" + server.getAddress().getPort() + path;
  }

  public WebFixture serve(String path, String type, String body) {
    return serve(path, type, body.getBytes(StandardCharsets.UTF_8));
  }

  public WebFixture serve(String path, String type, byte[] body) {
    pages.put(path, new Page(type, body, "\"v" + versions.incrementAndGet() + "\""));
    return this;
  }

  public WebFixture handle(String path, HttpHandler handler) {
    handlers.put(path, handler);
    return this;
  }

  /** Requests made for a path so far. */
  public int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    HttpHandler handler = handlers.get(path);
    if (handler != null) {
      handler.handle(exchange);
      return;
    }
    try (exchange) {
      Page page = pages.get(path);
      if (page == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.getResponseHeaders().set("ETag", page.etag());
      if (page.etag().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", page.type());
      exchange.sendResponseHeaders(200, page.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(page.body());
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
