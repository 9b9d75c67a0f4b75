package org.statementmonitor.launcher.options;

import org.statementmonitor.common.config.ConfigException;

/**
 * The {@code ops} section: where the process serves {@code /metrics} and {@code /health}, and how long
 * a shutdown may take before the launcher gives up waiting for a service.
 *
 * @param host address to bind; 127.0.0.1 by default, 0.0.0.0 in containers
 * @param port port to bind (default 9400, 0 picks a free one)
 * @param shutdownSeconds bound on a clean shutdown, for all services together (default 30)
 */
public record OpsSettings(String host, Integer port, Integer shutdownSeconds) {

  /** Default port of the ops endpoint. */
  public static final int DEFAULT_PORT = 9400;

  public OpsSettings {
    if (host == null || host.isBlank()) {
      host = "127.0.0.1";
    }
    if (port == null) {
      port = DEFAULT_PORT;
    }
    if (port < 0 || port > 65535) {
      throw new ConfigException("ops.port must be between 0 and 65535, was " + port);
    }
    if (shutdownSeconds == null) {
      shutdownSeconds = 30;
    }
    if (shutdownSeconds < 1) {
      throw new ConfigException("ops.shutdownSeconds must be >= 1, was " + shutdownSeconds);
    }
  }

  /** A copy on another port. */
  public OpsSettings withPort(int newPort) {
    return new OpsSettings(host, newPort, shutdownSeconds);
  }
}
