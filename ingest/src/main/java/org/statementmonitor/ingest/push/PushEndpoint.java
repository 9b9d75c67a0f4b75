package org.statementmonitor.ingest.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.common.json.Json;
import org.statementmonitor.ingest.config.PushConfig;
import org.statementmonitor.ingest.extract.Dates;
import org.statementmonitor.ingest.poll.IngestMetrics;
import org.statementmonitor.ingest.poll.ItemProcessor;
import org.statementmonitor.ingest.poll.SourceContext;
import org.statementmonitor.ingest.poll.SourceStatus;
import org.statementmonitor.ingest.source.SourceItem;

/**
 * The HTTP push endpoint for integrations: {@code POST <path>/statements} with a JSON statement
 * ({@code url}, {@code title}, {@code text}, {@code authors}, {@code published}; a {@code url} without
 * {@code text} is fetched, through the same SSRF guard as feeds), or {@code POST <path>/documents} with
 * a file as the body ({@code Content-Type} and {@code ?name=} tell its type; {@code &url=} and {@code
 * &title=} are optional). Every request needs the API key ({@code X-Api-Key} or {@code Authorization:
 * Bearer}); bodies over {@code maxRequestBytes} get 413. The answer comes after the statement is
 * committed to Kafka: 202 with its id and version, 200 when it was already known unchanged, 422 with
 * the reason when it was refused.
 */
public final class PushEndpoint implements HttpHandler {

  private static final Logger LOG = LoggerFactory.getLogger(PushEndpoint.class);
  /** The source name of pushed statements, in records, metrics and health. */
  public static final String SOURCE = "push";

  private final PushConfig config;
  private final ItemProcessor processor;
  private final SourceContext source;

  public PushEndpoint(PushConfig config, ItemProcessor processor, IngestMetrics metrics) {
    this.config = config;
    this.processor = processor;
    SourceStatus status = new SourceStatus(SOURCE);
    metrics.track(SOURCE, status);
    this.source = new SourceContext(SOURCE, SOURCE, config.tags(), null, false, status);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!authorised(exchange)) {
        respond(exchange, 401, Map.of("error", "missing or wrong API key"));
        return;
      }
      if (!exchange.getRequestMethod().equals("POST")) {
        respond(exchange, 405, Map.of("error", "use POST"));
        return;
      }
      String path = exchange.getRequestURI().getPath();
      byte[] body = readCapped(exchange);
      if (body == null) {
        respond(exchange, 413, Map.of("error", "request body larger than " + config.maxRequestBytes() + " bytes"));
        return;
      }
      SourceItem item;
      if (path.endsWith("/statements")) {
        item = statement(body);
      } else if (path.endsWith("/documents")) {
        item = document(exchange, body);
      } else {
        respond(exchange, 404, Map.of("error", "POST " + config.path() + "/statements or " + config.path() + "/documents"));
        return;
      }
      if (item == null) {
        respond(exchange, 400, Map.of("error", "a statement needs text or a url"));
        return;
      }
      ItemProcessor.Result result = processor.process(source, item);
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("outcome", result.outcome().name().toLowerCase(java.util.Locale.ROOT));
      if (result.statement() != null) {
        answer.put("id", result.statement().id());
        answer.put("version", result.statement().version());
        respond(exchange, 202, answer);
      } else if (result.outcome() == ItemProcessor.Outcome.FAILED) {
        answer.put("reason", result.reason());
        respond(exchange, 422, answer);
      } else {
        respond(exchange, 200, answer);
      }
    } catch (IllegalArgumentException | IOException e) {
      LOG.warn("push request refused: {}", e.getMessage());
      respondQuietly(exchange, 400, Map.of("error", String.valueOf(e.getMessage())));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      respondQuietly(exchange, 503, Map.of("error", "shutting down"));
    }
  }

  private boolean authorised(HttpExchange exchange) {
    String key = exchange.getRequestHeaders().getFirst("X-Api-Key");
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    if (key == null && auth != null && auth.startsWith("Bearer ")) {
      key = auth.substring(7).trim();
    }
    return key != null && MessageDigest.isEqual(key.getBytes(StandardCharsets.UTF_8),
        config.apiKey().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The request body, or null when it is larger than allowed. An oversized body is read on and
   * discarded up to four times the limit, so that the client, still sending, receives the 413 answer
   * instead of a reset connection; beyond that the connection is closed.
   */
  private byte[] readCapped(HttpExchange exchange) throws IOException {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    boolean tooLarge = length != null && Long.parseLong(length.trim()) > config.maxRequestBytes();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long read = 0;
    try (InputStream in = exchange.getRequestBody()) {
      byte[] buffer = new byte[16 * 1024];
      int n;
      while ((n = in.read(buffer)) > 0 && read < 4 * config.maxRequestBytes()) {
        read += n;
        if (read > config.maxRequestBytes()) {
          tooLarge = true;
        }
        if (!tooLarge) {
          out.write(buffer, 0, n);
        }
      }
    }
    return tooLarge ? null : out.toByteArray();
  }

  private static SourceItem statement(byte[] body) throws IOException {
    JsonNode json = Json.mapper().readTree(body);
    if (json == null || !json.isObject()) {
      throw new IllegalArgumentException("body must be a JSON object");
    }
    String url = text(json, "url");
    String text = text(json, "text");
    if (url == null && text == null) {
      return null;
    }
    List<String> authors = new ArrayList<>();
    json.path("authors").forEach(a -> authors.add(a.asText()));
    String guid = text(json, "id");
    byte[] content = text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    if (url == null && guid == null) {
      guid = "text:" + org.statementmonitor.ingest.seen.StatementIds.contentHash(text);
    }
    return new SourceItem(url, guid, text(json, "title"), authors, Dates.parse(text(json, "published")),
        null, null, content, content == null ? null : "text/plain; charset=utf-8", null);
  }

  private static SourceItem document(HttpExchange exchange, byte[] body) {
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    if (body.length == 0) {
      throw new IllegalArgumentException("empty document");
    }
    String name = query.getOrDefault("name", "upload");
    String url = query.get("url");
    String guid = "upload:" + name + ":" + org.statementmonitor.ingest.seen.StatementIds.contentHash(
        new String(body, 0, Math.min(body.length, 65536), StandardCharsets.ISO_8859_1));
    return new SourceItem(url, url == null ? guid : name, query.get("title"), List.of(), null, Instant.now(), null,
        body, exchange.getRequestHeaders().getFirst("Content-Type"), null);
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw == null) {
      return out;
    }
    for (String pair : raw.split("&")) {
      String[] kv = pair.split("=", 2);
      out.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
    }
    return out;
  }

  private static String text(JsonNode json, String field) {
    JsonNode n = json.get(field);
    return n == null || n.isNull() || n.asText().isBlank() ? null : n.asText();
  }

  private static void respond(HttpExchange exchange, int code, Map<String, Object> body) throws IOException {
    byte[] bytes = Json.toBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(code, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void respondQuietly(HttpExchange exchange, int code, Map<String, Object> body) {
    try {
      respond(exchange, code, body);
    } catch (IOException | RuntimeException e) {
      LOG.debug("could not answer push request: {}", e.toString());
    }
  }
}
