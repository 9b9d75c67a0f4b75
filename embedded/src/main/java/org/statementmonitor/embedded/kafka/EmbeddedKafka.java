package org.statementmonitor.embedded.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (KRaft: broker and controller in one) running inside this JVM.
 *
 * <p>The first {@link #start()} formats the data directory (a random cluster id, the latest
 * production metadata version) and runs {@code KafkaRaftServer} on it; {@link #stop()} shuts it down
 * cleanly and waits; a later {@link #start()} runs it again on the same directory and ports, so topics
 * and records survive, which is how fault tests simulate a broker outage. A JVM shutdown hook stops a
 * running broker. Thread-safe; the creator owns the lifecycle and calls {@link #close()}.
 *
 * <pre>{@code
 * try (EmbeddedKafka kafka = EmbeddedKafka.builder().dataDir(dir).port(0).build().start()) {
 *   String bootstrap = kafka.bootstrapServers();
 * }
 * }</pre>
 */
public final class EmbeddedKafka implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);

  /** The default client port, as for a local Kafka installation. */
  public static final int DEFAULT_PORT = 9092;

  private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

  private final KafkaBrokerSettings settings;
  private final Thread shutdownHook = new Thread(this::stopQuietly, "embedded-kafka-shutdown");
  private KafkaRaftServer server;
  private boolean hookRegistered;

  private EmbeddedKafka(KafkaBrokerSettings settings) {
    this.settings = settings;
  }

  /** A builder; ports 0 mean "pick a free one now and keep it across restarts". */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts the broker (formatting the data directory on first use) and returns when it accepts
   * clients and, after a restart, leads every partition it holds again, so that a producer writing
   * at once is not caught by a leadership still being taken up. Does nothing when it runs already.
   *
   * @throws IllegalStateException when the broker cannot start, with the cause
   */
  public synchronized EmbeddedKafka start() {
    if (server != null) {
      return this;
    }
    long started = System.nanoTime();
    formatIfNeeded();
    KafkaRaftServer candidate = new KafkaRaftServer(new KafkaConfig(settings.toProperties(), false), Time.SYSTEM);
    try {
      candidate.startup();
      awaitClusterVisible();
    } catch (RuntimeException e) {
      shutDown(candidate);
      throw new IllegalStateException("Kafka broker did not start on " + settings.bootstrapServers()
          + " with data in " + settings.logDir() + ": " + e.getMessage(), e);
    }
    server = candidate;
    if (!hookRegistered) {
      Runtime.getRuntime().addShutdownHook(shutdownHook);
      hookRegistered = true;
    }
    LOG.info("Kafka broker ready at {} in {} ms (data in {})", settings.bootstrapServers(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), settings.logDir());
    return this;
  }

  /** Shuts the broker down cleanly and waits until it has; the data directory stays. Idempotent. */
  public synchronized void stop() {
    if (server == null) {
      return;
    }
    long started = System.nanoTime();
    shutDown(server);
    server = null;
    LOG.info("Kafka broker at {} stopped in {} ms", settings.bootstrapServers(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
  }

  /** Whether the broker runs now. */
  public synchronized boolean isRunning() {
    return server != null;
  }

  /** The client bootstrap address, {@code 127.0.0.1:port}; stable across restarts. */
  public String bootstrapServers() {
    return settings.bootstrapServers();
  }

  /** The client port. */
  public int port() {
    return settings.port();
  }

  /** The broker's data directory. */
  public Path dataDir() {
    return settings.logDir();
  }

  /** Stops the broker and forgets the shutdown hook. */
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

  private void stopQuietly() {
    try {
      stop();
    } catch (RuntimeException e) {
      LOG.warn("Kafka broker did not stop cleanly: {}", e.toString());
    }
  }

  private static void shutDown(KafkaRaftServer server) {
    server.shutdown();
    server.awaitShutdown();
  }

  private void formatIfNeeded() {
    Path dir = settings.logDir().toAbsolutePath();
    try {
      Files.createDirectories(dir);
      if (Files.exists(dir.resolve("meta.properties"))) {
        return;
      }
      new Formatter()
          .setPrintStream(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))
          .setNodeId(KafkaBrokerSettings.NODE_ID)
          .setClusterId(Uuid.randomUuid().toString())
          .setDirectories(List.of(dir.toString()))
          .setMetadataLogDirectory(dir.toString())
          .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
          .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
          .setUnstableFeatureVersionsEnabled(false)
          .setControllerListenerName(KafkaBrokerSettings.CONTROLLER_LISTENER)
          .setIgnoreFormatted(true)
          .run();
      LOG.debug("formatted Kafka storage in {}", dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the Kafka data directory " + dir, e);
    } catch (Exception e) {
      throw new IllegalStateException("cannot format the Kafka data directory " + dir + ": " + e.getMessage(), e);
    }
  }

  private void awaitClusterVisible() {
    Map<String, Object> props = new HashMap<>();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) READY_TIMEOUT.toMillis());
    try (Admin admin = Admin.create(props)) {
      admin.describeCluster().nodes().get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      PartitionReadiness.await(admin, READY_TIMEOUT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the broker", e);
    } catch (Exception e) {
      throw new IllegalStateException("broker did not answer within " + READY_TIMEOUT + ": " + e, e);
    }
  }

  /** Options of an {@link EmbeddedKafka}. */
  public static final class Builder {
    private Path dataDir;
    private String host = "127.0.0.1";
    private int port = DEFAULT_PORT;
    private int controllerPort;
    private final Map<String, String> overrides = new HashMap<>();

    private Builder() {}

    /** The data (log) directory; created and formatted on first start. Required. */
    public Builder dataDir(Path dataDir) {
      this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
      return this;
    }

    /** Address the broker binds to and advertises; default 127.0.0.1. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** Client port; default 9092; 0 picks a free port once (tests). */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** Controller port; default 0, a free port picked once. */
    public Builder controllerPort(int controllerPort) {
      this.controllerPort = controllerPort;
      return this;
    }

    /** A broker property that replaces or adds to the single-node defaults. */
    public Builder brokerProperty(String key, String value) {
      overrides.put(key, value);
      return this;
    }

    /** The broker, not started yet. */
    public EmbeddedKafka build() {
      if (dataDir == null) {
        throw new IllegalStateException("EmbeddedKafka needs a data directory");
      }
      int clientPort = port == 0 ? FreePorts.next() : port;
      int raftPort = controllerPort == 0 ? FreePorts.nextExcept(clientPort) : controllerPort;
      return new EmbeddedKafka(new KafkaBrokerSettings(host, clientPort, raftPort, dataDir, overrides));
    }
  }
}
