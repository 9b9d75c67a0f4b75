package org.statementmonitor.embedded.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NodeConfigTest {

  private final NodeConfig config = new NodeConfig("statement-monitor", "127.0.0.1", 0,
      Path.of("/srv/monitor/es/data"), Path.of("/srv/monitor/es/logs"));

  @Test
  void shouldRenderASingleNodeLoopbackConfigWithAPortsFile() {
    assertThat(config.elasticsearchYml().lines()).contains(
        "discovery.type: single-node",
        "network.host: 127.0.0.1",
        "http.port: 0",
        "transport.port: 0",
        "node.portsfile: true",
        "path.data: \"/srv/monitor/es/data\"",
        "path.logs: \"/srv/monitor/es/logs\"",
        "xpack.security.enabled: false",
        "cluster.routing.allocation.disk.threshold_enabled: false");
  }

  @Test
  void shouldKeepThePortChosenAtFirstStartForRestarts() {
    assertThat(config.withHttpPort(41234).elasticsearchYml()).contains("http.port: 41234\n");
  }

  @Test
  void shouldQuotePathsWithSpecialCharacters() {
    NodeConfig odd = new NodeConfig("c", "127.0.0.1", 9200, Path.of("/tmp/a \"b\": c"), Path.of("/tmp/l"));
    assertThat(odd.elasticsearchYml()).contains("path.data: \"/tmp/a \\\"b\\\": c\"");
  }

  @Test
  void shouldRejectPortsOutOfRange() {
    assertThatThrownBy(() -> config.withHttpPort(70000)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0..65535");
  }
}
