package org.statementmonitor.embedded.elasticsearch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.embedded.jdk.Jdks;

/**
 * A real Elasticsearch node run as a child process from the Maven Central distribution.
 *
 * <p>Layout: the distribution is unpacked once under the install directory (read-only for the node);
 * the run directory holds {@code config/} (copied from the distribution, {@code elasticsearch.yml}
 * rewritten each start), {@code data/}, {@code logs/}, {@code tmp/} and {@code console.log} (the
 * child's output). When this JVM is root the node runs as the {@link ServiceUser}, which owns the run
 * directory. The node is ready when {@code /_cluster/health} reports green, or yellow (all primaries
 * active: replicas cannot be placed on one node); {@code GET /} is not served by this distribution.
 *
 * <p>{@link #stop()} sends SIGTERM, waits, then kills any surviving descendant; {@link #start()}
 * starts it again on the same data and, after a first start on port 0, on the port it got then. A JVM
 * shutdown hook stops a running node, so it never outlives this JVM's orderly exit. Thread-safe.
 */
public final class LocalElasticsearch implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LocalElasticsearch.class);
  private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(green|yellow|red)\"");

  /** The default HTTP port, as for a local Elasticsearch installation. */
  public static final int DEFAULT_PORT = 9200;

  private final Builder options;
  private final RunDirectory runDirectory;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final Thread shutdownHook = new Thread(this::stopQuietly, "local-elasticsearch-shutdown");
  private NodeConfig config;
  private Process process;
  private int port;
  private boolean hookRegistered;

  private LocalElasticsearch(Builder options) {
    this.options = options;
    this.runDirectory = new RunDirectory(options.runDir, options.serviceUser);
    Path run = options.runDir.toAbsolutePath();
    this.config = new NodeConfig(options.clusterName, "127.0.0.1", options.httpPort, run.resolve("data"), run.resolve("logs"));
  }

  /** A builder; only the run directory is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts the node and returns when it is ready. Does nothing when it runs already.
   *
   * @throws IllegalStateException when it does not become ready, with the tail of its output
   */
  public synchronized LocalElasticsearch start() {
    if (process != null && process.isAlive()) {
      return this;
    }
    long started = System.nanoTime();
    Path distribution = options.distribution != null ? options.distribution : ElasticsearchDistribution.locate();
    Path javaHome = options.javaHome != null ? options.javaHome : Jdks.ofThisMachine().require(21);
    Path installDir = options.installDir != null ? options.installDir : options.runDir.resolve("dist");
    Path home = ElasticsearchDistribution.install(distribution, installDir);
    NodePidFile.stopLeftover(runDirectory.root());
    List<String> command = runDirectory.prepare(home, config);
    process = runDirectory.launch(command, javaHome, options.heap, options.quickStart);
    new NodePidFile(process.pid(), ProcessHandle.current().pid()).write(runDirectory.root());
    if (!hookRegistered) {
      Runtime.getRuntime().addShutdownHook(shutdownHook);
      hookRegistered = true;
    }
    try {
      awaitReady(started);
    } catch (RuntimeException e) {
      stop();
      throw e;
    }
    config = config.withHttpPort(port); // restarts keep the address clients were given
    LOG.info("Elasticsearch ready at {} in {} ms (pid {}, run dir {})", url(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), process.pid(), options.runDir);
    return this;
  }

  /** Stops the node and every process it started; the run directory stays. Idempotent. */
  public synchronized void stop() {
    if (process == null) {
      return;
    }
    long started = System.nanoTime();
    ProcessTree.stop(process.toHandle(), options.stopTimeout);
    process = null;
    NodePidFile.delete(runDirectory.root());
    LOG.info("Elasticsearch at {} stopped in {} ms", port > 0 ? url() : "(no port yet)",
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
  }

  /** Whether the node process is alive. */
  public synchronized boolean isRunning() {
    return process != null && process.isAlive();
  }

  /** The base URL, {@code http://127.0.0.1:port}; known after the first start, stable afterwards. */
  public synchronized String url() {
    if (port == 0) {
      throw new IllegalStateException("Elasticsearch has not started yet, so its port is unknown");
    }
    return "http://127.0.0.1:" + port;
  }

  /** The HTTP port (0 before the first start when asked for a free port). */
  public synchronized int port() {
    return port;
  }

  /** The child's combined output. */
  public Path consoleLog() {
    return runDirectory.consoleLog();
  }

  /** Process id of the running node launcher, for diagnostics. */
  public synchronized OptionalInt pid() {
    return process == null ? OptionalInt.empty() : OptionalInt.of((int) process.pid());
  }

  /** Stops the node and forgets the shutdown hook. */
  @Override
  public synchronized void close() {
    stop();
    if (hookRegistered) {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is exiting and runs the hook itself
      }
      hookRegistered = false;
    }
  }

  /**
   * Stops a node left running in {@code runDir} by a JVM that is gone (killed without running its
   * shutdown hooks). Returns whether {@code runDir} belonged to such a JVM, so callers may delete it.
   */
  public static boolean reapOrphan(Path runDir) {
    return NodePidFile.reapOrphan(runDir);
  }

  private void stopQuietly() {
    try {
      stop();
    } catch (RuntimeException e) {
      LOG.warn("Elasticsearch did not stop cleanly: {}", e.toString());
    }
  }

  private void awaitReady(long startedNanos) {
    long deadline = startedNanos + options.startTimeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Elasticsearch exited with code " + process.exitValue()
            + " while starting" + runDirectory.tailOfConsoleLog());
      }
      if (port == 0 || config.httpPort() == 0) {
        OptionalInt bound = PortsFile.readHttpPort(config.logsDir());
        bound.ifPresent(p -> port = p);
      } else {
        port = config.httpPort();
      }
      if (port > 0 && healthy()) {
        return;
      }
      try {
        process.waitFor(200, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for Elasticsearch", e);
      }
    }
    throw new IllegalStateException("Elasticsearch was not ready within " + options.startTimeout + runDirectory.tailOfConsoleLog());
  }

  private boolean healthy() {
    HttpRequest request = HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/_cluster/health?wait_for_status=green&timeout=1s"))
        .timeout(Duration.ofSeconds(5)).GET().build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      Matcher m = STATUS.matcher(response.body());
      return m.find() && !m.group(1).equals("red");
    } catch (IOException e) {
      return false; // not listening yet
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Options of a {@link LocalElasticsearch}. */
  public static final class Builder {
    private Path runDir;
    private Path installDir;
    private Path distribution;
    private Path javaHome;
    private int httpPort = DEFAULT_PORT;
    private String heap = "512m";
    private boolean quickStart;
    private String clusterName = "statement-monitor";
    private String serviceUser = ServiceUser.DEFAULT_NAME;
    private Duration startTimeout = Duration.ofSeconds(180);
    private Duration stopTimeout = Duration.ofSeconds(30);

    private Builder() {}

    /** Directory of this node's config, data and logs. Required. */
    public Builder runDir(Path runDir) {
      this.runDir = Objects.requireNonNull(runDir, "runDir");
      return this;
    }

    /** Where the distribution is unpacked (shared by runs); default {@code runDir/dist}. */
    public Builder installDir(Path installDir) {
      this.installDir = installDir;
      return this;
    }

    /** The distribution zip or unpacked directory; default {@link ElasticsearchDistribution#locate()}. */
    public Builder distribution(Path distribution) {
      this.distribution = distribution;
      return this;
    }

    /** The JDK 21+ that runs the node; default found by {@link Jdks}. */
    public Builder javaHome(Path javaHome) {
      this.javaHome = javaHome;
      return this;
    }

    /** HTTP port; default 9200; 0 lets the node choose (read back from its ports file). */
    public Builder httpPort(int httpPort) {
      this.httpPort = httpPort;
      return this;
    }

    /** Heap size, for example {@code 512m} (the default). */
    public Builder heap(String heap) {
      if (heap == null || !heap.matches("\\d+[kmgKMG]")) {
        throw new IllegalArgumentException("heap must look like 512m or 1g, was " + heap);
      }
      this.heap = heap;
      return this;
    }

    /**
     * Whether to favour start-up time over peak speed (C1 compiler only: about 40% less CPU to start);
     * right for tests, wrong for benchmarks. Default false.
     */
    public Builder quickStart(boolean quickStart) {
      this.quickStart = quickStart;
      return this;
    }

    /** Cluster name; default {@code statement-monitor}. */
    public Builder clusterName(String clusterName) {
      this.clusterName = Objects.requireNonNull(clusterName, "clusterName");
      return this;
    }

    /** The unprivileged user the node runs as when this JVM is root; default {@value ServiceUser#DEFAULT_NAME}. */
    public Builder serviceUser(String serviceUser) {
      this.serviceUser = new ServiceUser(serviceUser).name();
      return this;
    }

    /** How long a start may take before it fails; default 180 s (a loaded 2-core machine needs 60 s). */
    public Builder startTimeout(Duration startTimeout) {
      this.startTimeout = Objects.requireNonNull(startTimeout, "startTimeout");
      return this;
    }

    /** How long a stop waits after SIGTERM before killing; default 30 s. */
    public Builder stopTimeout(Duration stopTimeout) {
      this.stopTimeout = Objects.requireNonNull(stopTimeout, "stopTimeout");
      return this;
    }

    /** The node, not started yet. */
    public LocalElasticsearch build() {
      if (runDir == null) {
        throw new IllegalStateException("LocalElasticsearch needs a run directory");
      }
      return new LocalElasticsearch(this);
    }
  }
}
