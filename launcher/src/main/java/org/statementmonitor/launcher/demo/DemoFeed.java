package org.statementmonitor.launcher.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.common.json.Json;

/**
 * A small RSS feed of demo statements on a local HTTP server, so that {@code bin/monitor up} shows
 * statements flowing without the internet. Serves {@value #FEED_PATH} and one HTML page per
 * statement under {@code /statements/}; links are built from the request's {@code Host} header, so
 * the same feed works on localhost and behind a container name. The caller owns it and closes it.
 */
public final class DemoFeed implements AutoCloseable {

  /** Path of the RSS document. */
  public static final String FEED_PATH = "/feed.xml";

  /** Path prefix of the statement pages. */
  public static final String PAGE_PREFIX = "/statements/";

  private static final Logger LOG = LoggerFactory.getLogger(DemoFeed.class);
  private static final String INDEX = "demo/statements.yml";
  private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME;

  private final HttpServer server;
  private final ExecutorService executor;
  private final List<DemoStatement> statements;
  private final Map<String, byte[]> pages;

  private DemoFeed(HttpServer server, ExecutorService executor, List<DemoStatement> statements,
      Map<String, byte[]> pages) {
    this.server = server;
    this.executor = executor;
    this.statements = statements;
    this.pages = pages;
  }

  /**
   * Serves the demo feed on {@code host:port} (port 0 picks a free one).
   *
   * @throws IOException when the address cannot be bound
   */
  public static DemoFeed start(String host, int port) throws IOException {
    List<DemoStatement> statements = loadStatements();
    Map<String, byte[]> pages = new LinkedHashMap<>();
    for (DemoStatement s : statements) {
      pages.put(s.slug(), resource("demo/" + s.slug() + ".html"));
    }
    HttpServer http = HttpServer.create(new InetSocketAddress(host, port), 16);
    ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    DemoFeed feed = new DemoFeed(http, executor, statements, pages);
    http.createContext(FEED_PATH, feed::serveFeed);
    http.createContext(PAGE_PREFIX, feed::servePage);
    http.setExecutor(executor);
    http.start();
    LOG.info("demo feed of {} statements on {}", statements.size(), feed.feedUrl());
    return feed;
  }

  /** The demo statements, in feed order. */
  public static List<DemoStatement> loadStatements() {
    ObjectMapper yaml = Json.configure(new ObjectMapper(new YAMLFactory()));
    try {
      return List.copyOf(yaml.readValue(resource(INDEX), new TypeReference<List<DemoStatement>>() {}));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + INDEX + " from the class path", e);
    }
  }

  /** The statements this feed serves. */
  public List<DemoStatement> statements() {
    return statements;
  }

  /** The feed's URL on this machine. */
  public String feedUrl() {
    return baseUrl() + FEED_PATH;
  }

  /** The bound port. */
  public int port() {
    return server.getAddress().getPort();
  }

  private String baseUrl() {
    return "http://" + server.getAddress().getHostString() + ":" + port();
  }

  private void serveFeed(HttpExchange exchange) throws IOException {
    String host = exchange.getRequestHeaders().getFirst("Host");
    String base = host == null || host.isBlank() || !host.matches("[A-Za-z0-9.:\\[\\]-]+")
        ? baseUrl() : "http://" + host;
    respond(exchange, 200, "application/rss+xml; charset=utf-8", rss(base).getBytes(StandardCharsets.UTF_8));
  }

  private void servePage(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String slug = path.substring(PAGE_PREFIX.length()).replaceFirst("\\.html$", "");
    byte[] page = pages.get(slug);
    if (page == null) {
      respond(exchange, 404, "text/plain; charset=utf-8", "no such statement\n".getBytes(StandardCharsets.UTF_8));
    } else {
      respond(exchange, 200, "text/html; charset=utf-8", page);
    }
  }

  String rss(String base) {
    StringBuilder xml = new StringBuilder(4096)
        .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\n")
        .append("<title>Statement monitor demo feed</title>\n")
        .append("<link>").append(escape(base)).append("/</link>\n")
        .append("<description>Demo statements served by bin/monitor up</description>\n");
    for (DemoStatement s : statements) {
      String link = base + PAGE_PREFIX + s.slug() + ".html";
      xml.append("<item><title>").append(escape(s.title())).append("</title>")
          .append("<link>").append(escape(link)).append("</link>")
          .append("<guid isPermaLink=\"true\">").append(escape(link)).append("</guid>")
          .append("<pubDate>").append(RFC_1123.format(s.published().atOffset(ZoneOffset.UTC))).append("</pubDate>")
          .append("<description>").append(escape(s.summary())).append("</description></item>\n");
    }
    return xml.append("</channel></rss>\n").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static void respond(HttpExchange exchange, int code, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(code, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = DemoFeed.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("resource " + name + " is missing from the launcher jar");
      }
      return in.readAllBytes();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.close();
  }
}
