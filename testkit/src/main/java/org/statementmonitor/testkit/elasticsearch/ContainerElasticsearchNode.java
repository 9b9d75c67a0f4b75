package org.statementmonitor.testkit.elasticsearch;

import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The test node backed by a Testcontainers {@link ElasticsearchContainer} (needs a Docker engine), the
 * full distribution with security off. The image is {@value #DEFAULT_IMAGE} unless the system property
 * {@value #IMAGE_PROPERTY} names another. {@link #stop()} pauses the container and {@link #start()}
 * resumes it, so data and URL survive.
 */
public final class ContainerElasticsearchNode implements ElasticsearchNode {

  /** System property naming the Elasticsearch image. */
  public static final String IMAGE_PROPERTY = "monitor.testkit.elasticsearch.image";

  /** The default image, the same version as the local node. */
  public static final String DEFAULT_IMAGE = "docker.elastic.co/elasticsearch/elasticsearch:9.2.8";

  private final ElasticsearchContainer container;
  private boolean paused;

  private ContainerElasticsearchNode(ElasticsearchContainer container) {
    this.container = container;
  }

  /** Starts an Elasticsearch container. */
  public static ContainerElasticsearchNode launch() {
    ElasticsearchContainer container = new ElasticsearchContainer(DockerImageName
        .parse(System.getProperty(IMAGE_PROPERTY, DEFAULT_IMAGE))
        .asCompatibleSubstituteFor("docker.elastic.co/elasticsearch/elasticsearch"))
        .withEnv("xpack.security.enabled", "false")
        .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
    container.start();
    return new ContainerElasticsearchNode(container);
  }

  @Override
  public String url() {
    return "http://" + container.getHttpHostAddress();
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
