package org.statementmonitor.launcher.up;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statementmonitor.launcher.run.ServiceCatalog;

/**
 * {@code bin/monitor up} as a user runs it: the script finds a JDK, the launcher starts a local
 * broker, a local Elasticsearch node (child process), the demo feed and the services, prints where
 * everything is and serves {@code /health}; demo statements become searchable when the pipeline's
 * services are part of the build; SIGTERM stops it all and leaves no process behind.
 */
class UpIT {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern HEALTH = Pattern.compile("Health\\s+(http://\\S+/health)");

  @TempDir
  Path dir;

  private Process process;
  private Path log;

  @BeforeEach
  void prepareLog() {
    log = dir.resolve("monitor-up.log");
  }

  @AfterEach
  void killWhatIsLeft() {
    if (process != null && process.isAlive()) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }

  @Test
  void shouldStartEverythingLocallyAndStopCleanlyOnSigterm() throws Exception {
    ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("bin/monitor").toString(), "up",
        "--data", dir.resolve("data").toString(), "--ops-port", "0")
        .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("MONITOR_SKIP_BUILD", "1");
    builder.environment().put("MONITOR_JAVA_OPTS", "-Xmx768m");
    process = builder.start();

    // a loaded 2-core machine needs minutes for the node's first start (unpacking, JIT)
    try {
      await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofMillis(500))
          .failFast("monitor up exited early", () -> !process.isAlive())
          .untilAsserted(() -> assertThat(output()).contains("Statement monitor is running."));
    } catch (RuntimeException e) {
      throw new AssertionError("monitor up did not start:\n" + output(), e);
    }
    String banner = output();
    assertThat(banner).contains("Kafka bootstrap   127.0.0.1:9092 (local broker")
        .contains("Elasticsearch     http://127.0.0.1:9200 (local node")
        .contains("Demo feed").contains("Search alias      statements").contains("curl -s");
    Matcher health = HEALTH.matcher(banner);
    assertThat(health.find()).as(banner).isTrue();
    HttpClient http = HttpClient.newHttpClient();
    assertThat(http.send(HttpRequest.newBuilder(URI.create(health.group(1))).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

    ServiceCatalog catalog = ServiceCatalog.load();
    if (catalog.find("ingest").isPresent() && catalog.find("enrich").isPresent()
        && catalog.find("index").isPresent()) {
      await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
          .untilAsserted(() -> assertThat(http.send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:9200/statements/_search?q=wetlands")).build(),
              HttpResponse.BodyHandlers.ofString()).body()).contains("Kura Delta Wetlands Alliance"));
    } else {
      assertThat(banner).contains("Missing services");
    }

    List<ProcessHandle> family = process.descendants().toList();
    assertThat(family).as("the Elasticsearch node runs as a child process").isNotEmpty();
    process.destroy(); // SIGTERM

    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("stopped within the bound").isTrue();
    await().atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(family).noneMatch(ProcessHandle::isAlive));
    assertThat(output()).contains("SIGTERM received: stopping").contains("stopping kafka").contains("stopped");
    assertThat(Files.isDirectory(dir.resolve("data/kafka"))).isTrue();
    assertThat(Files.isDirectory(dir.resolve("data/elasticsearch"))).isTrue();
  }

  private String output() throws java.io.IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }
}
