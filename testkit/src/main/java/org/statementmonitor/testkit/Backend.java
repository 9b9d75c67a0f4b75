package org.statementmonitor.testkit;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * What backs the test servers, chosen by the system property {@value #PROPERTY}:
 * {@code embedded} (default: in-process Kafka broker, Elasticsearch child process; no Docker needed),
 * {@code containers} (Testcontainers; needs a Docker engine) or {@code auto} (containers when a Docker
 * engine answers, embedded otherwise).
 */
public enum Backend {
  /** Kafka inside the test JVM, Elasticsearch as a child process, from the {@code embedded} module. */
  EMBEDDED,
  /** Kafka and Elasticsearch in Docker containers (Testcontainers). */
  CONTAINERS;

  /** System property that selects the backend. */
  public static final String PROPERTY = "monitor.testkit";

  private static final Logger LOG = LoggerFactory.getLogger(Backend.class);

  /** The backend selected for this JVM. */
  public static Backend selected() {
    return parse(System.getProperty(PROPERTY, "embedded"));
  }

  static Backend parse(String value) {
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "", "embedded" -> EMBEDDED;
      case "containers", "docker", "testcontainers" -> CONTAINERS;
      case "auto" -> dockerAvailable() ? CONTAINERS : EMBEDDED;
      default -> throw new IllegalArgumentException(
          "-D" + PROPERTY + " must be embedded, containers or auto, was '" + value + "'");
    };
  }

  /** Whether a Docker engine answers (Testcontainers' detection, about half a second when none). */
  public static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      LOG.debug("no Docker engine: {}", e.toString());
      return false;
    }
  }
}
