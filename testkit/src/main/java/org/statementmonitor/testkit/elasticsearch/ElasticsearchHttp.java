package org.statementmonitor.testkit.elasticsearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.statementmonitor.common.json.Json;

/**
 * Low-level Elasticsearch calls for test assertions and setup, over plain HTTP with JSON bodies:
 * refresh, count, get by id, search, index a document, delete indices. Any non-2xx answer (except a
 * missing document for {@link #document}) fails with the status and the body.
 */
public final class ElasticsearchHttp {

  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final String url;

  /** A helper for the node at {@code url}. */
  public ElasticsearchHttp(String url) {
    this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** An answer: status code and body. */
  public record Response(int status, String body) {
    /** The body parsed as JSON. */
    public JsonNode json() {
      try {
        return Json.mapper().readTree(body);
      } catch (JsonProcessingException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  /** Makes recent writes to {@code index} (a name, alias or pattern) searchable. */
  public void refresh(String index) {
    ok("POST", "/" + index + "/_refresh", null);
  }

  /** Number of documents in {@code index}. */
  public long count(String index) {
    return ok("GET", "/" + index + "/_count", null).json().path("count").asLong();
  }

  /** Number of documents matching {@code queryJson} (a query DSL object, e.g. {@code {"term":{...}}}). */
  public long count(String index, String queryJson) {
    return ok("POST", "/" + index + "/_count", "{\"query\":" + queryJson + "}").json().path("count").asLong();
  }

  /** The {@code _source} of a document, empty when there is none. */
  public Optional<JsonNode> document(String index, String id) {
    Response r = send("GET", "/" + index + "/_doc/" + encode(id), null);
    if (r.status() == 404) {
      return Optional.empty();
    }
    requireOk("GET", "/" + index + "/_doc/" + id, r);
    return Optional.of(r.json().path("_source"));
  }

  /** A search: {@code requestJson} is the whole body ({@code {"query":...,"size":...}}); the full answer. */
  public JsonNode search(String index, String requestJson) {
    return ok("POST", "/" + index + "/_search", requestJson).json();
  }

  /** Indexes {@code document} (a JSON string, or an object written via {@code Json}) with refresh. */
  public void index(String index, String id, Object document) {
    String body = document instanceof String s ? s : Json.toString(document);
    ok("PUT", "/" + index + "/_doc/" + encode(id) + "?refresh=true", body);
  }

  /** Deletes indices matching {@code pattern}; missing ones are fine. */
  public void deleteIndices(String pattern) {
    ok("DELETE", "/" + pattern + "?ignore_unavailable=true&allow_no_indices=true", null);
  }

  /** Whether {@code index} (or alias) exists. */
  public boolean exists(String index) {
    return send("HEAD", "/" + index, null).status() == 200;
  }

  /** Any request; the answer whatever its status. */
  public Response send(String method, String path, String jsonBody) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url + path)).timeout(TIMEOUT)
        .header("Content-Type", "application/json")
        .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8))
        .build();
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + url + path + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: " + method + " " + url + path, e);
    }
  }

  /** Any request that must succeed (2xx). */
  public Response ok(String method, String path, String jsonBody) {
    Response r = send(method, path, jsonBody);
    requireOk(method, path, r);
    return r;
  }

  private void requireOk(String method, String path, Response r) {
    if (r.status() / 100 != 2) {
      throw new AssertionError(method + " " + url + path + " answered " + r.status() + ": " + r.body());
    }
  }

  private static String encode(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
