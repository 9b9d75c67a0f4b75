package org.statementmonitor.testkit.kafka;

import java.nio.file.Path;
import org.statementmonitor.embedded.kafka.EmbeddedKafka;
import org.statementmonitor.testkit.TestDirectories;

/** The test broker backed by {@link EmbeddedKafka}: in this JVM, on a free port, data in a temp dir. */
public final class EmbeddedKafkaCluster implements KafkaCluster {

  private final EmbeddedKafka kafka;
  private final Path dataDir;

  private EmbeddedKafkaCluster(EmbeddedKafka kafka, Path dataDir) {
    this.kafka = kafka;
    this.dataDir = dataDir;
  }

  /** Starts a broker on a free port with data in a new temporary directory. */
  public static EmbeddedKafkaCluster launch() {
    Path dir = TestDirectories.create("kafka");
    EmbeddedKafka kafka = EmbeddedKafka.builder().dataDir(dir.resolve("data")).port(0).build();
    try {
      kafka.start();
    } catch (RuntimeException e) {
      kafka.close();
      TestDirectories.delete(dir);
      throw e;
    }
    return new EmbeddedKafkaCluster(kafka, dir);
  }

  @Override
  public String bootstrapServers() {
    return kafka.bootstrapServers();
  }

  @Override
  public void stop() {
    kafka.stop();
  }

  @Override
  public void start() {
    kafka.start();
  }

  @Override
  public boolean isRunning() {
    return kafka.isRunning();
  }

  @Override
  public void close() {
    try {
      kafka.close();
    } finally {
      TestDirectories.delete(dataDir);
    }
  }

  @Override
  public String toString() {
    return "EmbeddedKafkaCluster[" + bootstrapServers() + ", data " + dataDir + "]";
  }
}
