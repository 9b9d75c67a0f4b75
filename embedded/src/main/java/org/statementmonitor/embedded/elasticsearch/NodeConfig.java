package org.statementmonitor.embedded.elasticsearch;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The {@code elasticsearch.yml} of a local single-node run: loopback only, security off (nothing
 * leaves the machine), disk watermarks off (a nearly full developer disk must not turn indices
 * read-only), the HTTP port fixed or 0 with {@code node.portsfile} so the chosen port can be read back
 * from {@code logs/http.ports}.
 *
 * @param clusterName cluster name
 * @param host address to bind and publish, normally 127.0.0.1
 * @param httpPort HTTP port, or 0 for a free one
 * @param dataDir {@code path.data}
 * @param logsDir {@code path.logs} (also where {@code http.ports} appears)
 */
public record NodeConfig(String clusterName, String host, int httpPort, Path dataDir, Path logsDir) {

  public NodeConfig {
    Objects.requireNonNull(clusterName, "clusterName");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(logsDir, "logsDir");
    if (httpPort < 0 || httpPort > 65535) {
      throw new IllegalArgumentException("http port must be 0..65535, was " + httpPort);
    }
  }

  /** The same node on another HTTP port (a restart keeps the port the first start was given). */
  public NodeConfig withHttpPort(int port) {
    return new NodeConfig(clusterName, host, port, dataDir, logsDir);
  }

  /** The content of {@code elasticsearch.yml}. */
  public String elasticsearchYml() {
    return String.join("\n",
        "# Written by the statement monitor for a local single-node run; rewritten on every start.",
        "cluster.name: " + quoted(clusterName),
        "node.name: local",
        "discovery.type: single-node",
        "network.host: " + host,
        "http.port: " + httpPort,
        "transport.port: 0",
        "node.portsfile: true",
        "path.data: " + quoted(dataDir.toAbsolutePath().toString()),
        "path.logs: " + quoted(logsDir.toAbsolutePath().toString()),
        "xpack.security.enabled: false",
        "cluster.routing.allocation.disk.threshold_enabled: false",
        "action.destructive_requires_name: false",
        "");
  }

  private static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
