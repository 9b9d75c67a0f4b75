package org.statementmonitor.embedded.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@value #NAME} file of a run directory: the pid of the node's launcher process and the pid of the
 * JVM that started it. It lets a later start find a node left running by a JVM that was killed
 * (SIGKILL runs no shutdown hook) and stop it before it holds the port or the data directory.
 *
 * @param nodePid the launcher process ({@code bin/elasticsearch}); the server is its child
 * @param ownerPid the JVM that started the node
 */
public record NodePidFile(long nodePid, long ownerPid) {

  /** File name in the run directory. */
  public static final String NAME = "node.pid";

  private static final Logger LOG = LoggerFactory.getLogger(NodePidFile.class);
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  /** Reads the file of {@code runDir}; empty when there is none or it is not readable as such. */
  public static Optional<NodePidFile> read(Path runDir) {
    try {
      return parse(Files.readString(runDir.resolve(NAME), StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + runDir.resolve(NAME), e);
    }
  }

  /** Parses {@code "<nodePid> <ownerPid>"}. */
  public static Optional<NodePidFile> parse(String content) {
    String[] parts = content.trim().split("\\s+");
    if (parts.length != 2) {
      return Optional.empty();
    }
    try {
      return Optional.of(new NodePidFile(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The file's content. */
  public String render() {
    return nodePid + " " + ownerPid + "\n";
  }

  /** Writes the file into {@code runDir}. */
  public void write(Path runDir) {
    try {
      Files.writeString(runDir.resolve(NAME), render(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + runDir.resolve(NAME), e);
    }
  }

  /** Whether the JVM that started the node is gone. */
  public boolean ownerGone() {
    return ProcessHandle.of(ownerPid).map(ProcessHandle::isAlive).map(alive -> !alive).orElse(true);
  }

  /** The node's launcher process if it still runs and still belongs to {@code runDir}. */
  public Optional<ProcessHandle> liveNode(Path runDir) {
    String marker = runDir.toAbsolutePath().toString();
    return ProcessHandle.of(nodePid)
        .filter(ProcessHandle::isAlive)
        .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false));
  }

  /** Stops a node of {@code runDir} that an earlier start left running, whoever started it. */
  static void stopLeftover(Path runDir) {
    read(runDir).flatMap(f -> f.liveNode(runDir)).ifPresent(node -> {
      LOG.warn("stopping Elasticsearch (pid {}) still running in {} from an earlier start", node.pid(), runDir);
      ProcessTree.stop(node, STOP_GRACE);
    });
  }

  /**
   * Stops a node of {@code runDir} whose starting JVM is gone; true when {@code runDir} belonged to
   * such a JVM (its node, if any, is stopped now).
   */
  static boolean reapOrphan(Path runDir) {
    Optional<NodePidFile> pidFile = read(runDir);
    if (pidFile.isEmpty() || !pidFile.get().ownerGone()) {
      return false;
    }
    pidFile.get().liveNode(runDir).ifPresent(node -> {
      LOG.warn("stopping Elasticsearch (pid {}) left running in {} by a JVM that is gone", node.pid(), runDir);
      ProcessTree.stop(node, STOP_GRACE);
    });
    delete(runDir);
    return true;
  }

  /** Deletes the file of {@code runDir}, if any. */
  static void delete(Path runDir) {
    try {
      Files.deleteIfExists(runDir.resolve(NAME));
    } catch (IOException e) {
      LOG.debug("cannot delete {}: {}", runDir.resolve(NAME), e.toString());
    }
  }
}
