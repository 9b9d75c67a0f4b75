package org.statementmonitor.bench.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.statementmonitor.common.json.Json;

/**
 * The few Elasticsearch REST calls the benchmark makes itself (index creation, bulk, realtime
 * multi-get, delete), over the JDK's HTTP client so the baseline carries no client library overhead.
 */
final class EsHttp {

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;

  EsHttp(String url) {
    this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  JsonNode send(String method, String path, String contentType, byte[] body) throws IOException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2));
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    }
    try {
      HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() >= 300 && response.statusCode() != 404) {
        throw new IOException(method + " " + path + " answered " + response.statusCode() + ": "
            + new String(response.body(), StandardCharsets.UTF_8));
      }
      return response.body().length == 0 ? Json.mapper().nullNode() : Json.mapper().readTree(response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted during " + method + " " + path, e);
    }
  }

  JsonNode json(String method, String path, Object body) throws IOException {
    return send(method, path, "application/json", body == null ? null : Json.toBytes(body));
  }

  /**
   * Ids among {@code ids} that are searchable in {@code index} now: a non-realtime multi-get sees
   * what the index's last refresh made visible, and asking never makes the node refresh (a realtime
   * get of a document not yet refreshed would, slowing the indexing being watched).
   */
  List<String> existing(String index, Collection<String> ids) throws IOException {
    JsonNode answer = json("POST", "/" + index + "/_mget?_source=false&realtime=false",
        java.util.Map.of("ids", ids));
    List<String> found = new ArrayList<>();
    for (JsonNode doc : answer.path("docs")) {
      if (doc.path("found").asBoolean(false)) {
        found.add(doc.path("_id").asText());
      }
    }
    return found;
  }

  /** Sends one bulk request of NDJSON; returns the number of items that failed. */
  int bulk(byte[] ndjson) throws IOException {
    JsonNode answer = send("POST", "/_bulk", "application/x-ndjson", ndjson);
    if (!answer.path("errors").asBoolean(false)) {
      return 0;
    }
    int failed = 0;
    for (JsonNode item : answer.path("items")) {
      if (item.elements().next().has("error")) {
        failed++;
      }
    }
    return failed;
  }
}
