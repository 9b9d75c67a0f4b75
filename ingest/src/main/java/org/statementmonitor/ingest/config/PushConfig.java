package org.statementmonitor.ingest.config;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;

/**
 * The HTTP push endpoint: off unless {@code apiKey} is set.
 *
 * @param apiKey the key clients send in {@code X-Api-Key} (or {@code Authorization: Bearer}); use
 *     {@code ${env:..}} or {@code ${file:..}}
 * @param path the route prefix on the ops server ({@code /ingest}): {@code POST <path>/statements}
 *     takes a JSON statement, {@code POST <path>/documents} a file
 * @param maxRequestBytes the largest accepted request body
 * @param host the bind address of the endpoint's own server, used only when no ops server runs
 * @param port its port (0 picks a free one)
 * @param tags tags of records pushed here
 */
public record PushConfig(
    String apiKey,
    String path,
    @JsonDeserialize(using = ByteSize.class) Long maxRequestBytes,
    String host,
    Integer port,
    List<String> tags) {

  public PushConfig {
    if (apiKey != null && apiKey.isBlank()) {
      apiKey = null;
    }
    if (apiKey != null && apiKey.length() < 16) {
      throw new IllegalArgumentException("push.apiKey must be at least 16 characters");
    }
    path = path == null || path.isBlank() ? "/ingest" : (path.startsWith("/") ? path : "/" + path);
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    maxRequestBytes = maxRequestBytes == null ? 20L * 1024 * 1024 : maxRequestBytes;
    if (maxRequestBytes < 1024) {
      throw new IllegalArgumentException("push.maxRequestBytes must be >= 1KB, was " + maxRequestBytes);
    }
    host = host == null || host.isBlank() ? "127.0.0.1" : host;
    port = port == null ? 0 : port;
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  /** Whether the endpoint is on. */
  public boolean enabled() {
    return apiKey != null;
  }

  @Override
  public String toString() {
    return "PushConfig[enabled=" + enabled() + ", path=" + path + ", maxRequestBytes=" + maxRequestBytes + "]";
  }
}
