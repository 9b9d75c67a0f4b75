package org.statementmonitor.testkit.kafka;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The test broker backed by a Testcontainers {@link KafkaContainer} (needs a Docker engine). The image
 * is {@value #DEFAULT_IMAGE} unless the system property {@value #IMAGE_PROPERTY} names another.
 * {@link #stop()} pauses the container and {@link #start()} resumes it, so data and address survive.
 */
public final class ContainerKafkaCluster implements KafkaCluster {

  /** System property naming the Kafka image. */
  public static final String IMAGE_PROPERTY = "monitor.testkit.kafka.image";

  /** The default image, on the project's Kafka version line. */
  public static final String DEFAULT_IMAGE = "apache/kafka:4.3.1";

  private final KafkaContainer container;
  private boolean paused;

  private ContainerKafkaCluster(KafkaContainer container) {
    this.container = container;
  }

  /** Starts a Kafka container. */
  public static ContainerKafkaCluster launch() {
    KafkaContainer container = new KafkaContainer(
        DockerImageName.parse(System.getProperty(IMAGE_PROPERTY, DEFAULT_IMAGE)).asCompatibleSubstituteFor("apache/kafka"));
    container.start();
    return new ContainerKafkaCluster(container);
  }

  @Override
  public String bootstrapServers() {
    return container.getBootstrapServers();
  }

  @Override
  public synchronized void stop() {
    if (!paused) {
      container.getDockerClient().pauseContainerCmd(container.getContainerId()).exec();
      paused = true;
    }
  }

  @Override
  public synchronized void start() {
    if (paused) {
      container.getDockerClient().unpauseContainerCmd(container.getContainerId()).exec();
      paused = false;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return !paused && container.isRunning();
  }

  @Override
  public void close() {
    start();
    container.stop();
  }
}
