package org.statementmonitor.embedded.kafka;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The configuration of a single-node KRaft broker: one process is broker and controller, listens on
 * loopback only, and every internal topic (consumer offsets, transaction state, share-group state) has
 * replication factor 1 and min.isr 1. Without the transaction-state settings exactly-once producers and
 * Kafka Streams {@code exactly_once_v2} wait forever for a three-broker quorum.
 *
 * @param host address the listeners bind to and advertise
 * @param port client (PLAINTEXT) port
 * @param controllerPort KRaft controller port
 * @param logDir the broker's data (log) directory, also holding the metadata log
 * @param overrides extra or replacing broker properties, applied last
 */
public record KafkaBrokerSettings(
    String host, int port, int controllerPort, Path logDir, Map<String, String> overrides) {

  /** Node id of the single broker/controller. */
  public static final int NODE_ID = 1;

  /** Name of the client listener. */
  public static final String CLIENT_LISTENER = "PLAINTEXT";

  /** Name of the controller listener. */
  public static final String CONTROLLER_LISTENER = "CONTROLLER";

  /** Size of the log cleaner's dedupe buffer; Kafka's default (128 MB) is wasteful on one node. */
  public static final long DEDUPE_BUFFER_BYTES = 16L * 1024 * 1024;

  public KafkaBrokerSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(logDir, "logDir");
    overrides = Map.copyOf(overrides == null ? Map.of() : overrides);
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("broker port must be 1..65535 (choose a free one first), was " + port);
    }
    if (controllerPort < 1 || controllerPort > 65535 || controllerPort == port) {
      throw new IllegalArgumentException(
          "controller port must be 1..65535 and differ from the broker port " + port + ", was " + controllerPort);
    }
  }

  /** The client bootstrap address, {@code host:port}. */
  public String bootstrapServers() {
    return host + ":" + port;
  }

  /** The broker properties, ready for {@code new KafkaConfig(properties)}. */
  public Properties toProperties() {
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", String.valueOf(NODE_ID));
    p.put("controller.quorum.voters", NODE_ID + "@" + host + ":" + controllerPort);
    p.put("listeners", CLIENT_LISTENER + "://" + host + ":" + port + ","
        + CONTROLLER_LISTENER + "://" + host + ":" + controllerPort);
    p.put("advertised.listeners", CLIENT_LISTENER + "://" + host + ":" + port);
    p.put("controller.listener.names", CONTROLLER_LISTENER);
    p.put("inter.broker.listener.name", CLIENT_LISTENER);
    p.put("listener.security.protocol.map", CLIENT_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
    p.put("log.dirs", logDir.toAbsolutePath().toString());
    p.put("num.partitions", "1");
    p.put("default.replication.factor", "1");
    p.put("min.insync.replicas", "1");
    p.put("offsets.topic.replication.factor", "1");
    p.put("offsets.topic.num.partitions", "5");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("transaction.state.log.num.partitions", "5");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("share.coordinator.state.topic.min.isr", "1");
    p.put("share.coordinator.state.topic.num.partitions", "1");
    p.put("group.initial.rebalance.delay.ms", "0");
    p.put("log.cleaner.dedupe.buffer.size", String.valueOf(DEDUPE_BUFFER_BYTES));
    p.put("num.network.threads", "2");
    p.put("num.io.threads", "4");
    p.put("auto.create.topics.enable", "true");
    p.putAll(overrides);
    return p;
  }
}
