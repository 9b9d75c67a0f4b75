package org.statementmonitor.launcher.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The repository's docker-compose.yml: validated by docker-compose itself when it is installed (.ci/run
 * installs it), and its wiring checked as YAML everywhere.
 */
class DockerComposeFileTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path COMPOSE = ROOT.resolve("docker-compose.yml");

  @Test
  void shouldBeValidForDockerCompose() throws Exception {
    assumeTrue(onPath("docker-compose"),
        "docker-compose is not installed (apt-get install docker-compose); .ci/run validates the file");
    Process process = new ProcessBuilder("docker-compose", "-f", COMPOSE.toString(), "config", "-q")
        .directory(ROOT.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
  }

  @Test
  void shouldRunEveryServiceFromTheRepositoryImageAgainstSecuredStores() throws IOException {
    // SnakeYAML resolves the '<<: *monitor-service' merge keys as Compose does
    Object tree = new org.yaml.snakeyaml.Yaml().load(Files.readString(COMPOSE, StandardCharsets.UTF_8));
    JsonNode services = new ObjectMapper().valueToTree(tree).path("services");

    assertThat(services.fieldNames()).toIterable().contains("kafka", "elasticsearch", "kibana", "kibana-setup",
        "ingest", "enrich", "indexer", "alerts", "demo-feed");
    for (String service : new String[] {"ingest", "enrich", "indexer", "alerts"}) {
      JsonNode node = services.path(service);
      assertThat(node.path("build").asText()).as(service).isEqualTo(".");
      assertThat(node.path("healthcheck").isMissingNode()).as(service).isFalse();
      assertThat(node.path("command").get(0).asText()).as(service)
          .isEqualTo(service.equals("indexer") ? "index" : service);
      assertThat(node.path("depends_on").path("kafka").path("condition").asText()).isEqualTo("service_healthy");
    }
    assertThat(services.path("elasticsearch").path("environment").path("xpack.security.enabled").asText())
        .isEqualTo("true");
    assertThat(services.path("kibana-setup").path("entrypoint").toString()).contains("/kibana/import.sh");
    assertThat(Files.exists(ROOT.resolve("Dockerfile"))).isTrue();
    assertThat(Files.exists(ROOT.resolve("docker/monitor.yml"))).isTrue();
  }

  private static boolean onPath(String tool) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }
}
