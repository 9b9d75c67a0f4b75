package org.statementmonitor.embedded.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalElasticsearchIT {

  /** Unpacked once per build, shared by the tests of this class. */
  private static final Path INSTALL = Path.of("target/elasticsearch-install").toAbsolutePath();

  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir Path dir;

  @Test
  void shouldServeSearchesAndKeepDocumentsAcrossARestartOnTheSameAddress() throws Exception {
    Path run = dir.resolve("es");
    try (LocalElasticsearch es = LocalElasticsearch.builder().runDir(run).installDir(INSTALL).httpPort(0).quickStart(true)
        .build().start()) {
      String url = es.url();
      assertThat(send(url + "/notes/_doc/1?refresh=true", "PUT",
          "{\"title\":\"Joint appeal for the release of detained journalists\"}").statusCode()).isEqualTo(201);
      assertThat(send(url + "/notes/_search?q=title:journalists", "GET", null).body())
          .contains("\"total\":{\"value\":1");

      es.stop();
      assertThat(es.isRunning()).isFalse();
      assertThat(processesUsing(run)).isEmpty();

      es.start();
      assertThat(es.url()).isEqualTo(url);
      assertThat(send(url + "/notes/_doc/1", "GET", null).body()).contains("\"found\":true", "detained journalists");
    }
    assertThat(processesUsing(run)).isEmpty();
  }

  @Test
  void shouldFailWithTheTailOfTheNodeOutputWhenItCannotStart() throws Exception {
    Path run = dir.resolve("broken");
    Path fakeJdk = run.resolve("fake-jdk");
    Files.createDirectories(fakeJdk.resolve("bin"));
    Path java = Files.writeString(fakeJdk.resolve("bin/java"),
        "#!/bin/sh\necho 'this java cannot run Elasticsearch' >&2\nexit 3\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));

    try (LocalElasticsearch es = LocalElasticsearch.builder().runDir(run).installDir(INSTALL).httpPort(0).quickStart(true)
        .javaHome(fakeJdk).startTimeout(Duration.ofSeconds(60)).build()) {
      assertThatThrownBy(es::start)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("exited with code 3")
          .hasMessageContaining("this java cannot run Elasticsearch");
      assertThat(es.isRunning()).isFalse();
    }
  }

  private HttpResponse<String> send(String url, String method, String json) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json");
    request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static List<ProcessHandle> processesUsing(Path run) {
    String marker = run.toAbsolutePath().toString();
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
        .toList();
  }
}
