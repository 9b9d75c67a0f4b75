package org.statementmonitor.testkit.elasticsearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.embedded.elasticsearch.ElasticsearchDistribution;
import org.statementmonitor.embedded.elasticsearch.LocalElasticsearch;
import org.statementmonitor.testkit.TestDirectories;

/**
 * The test node backed by {@link LocalElasticsearch}: a child process on a free port, data in a
 * temporary directory. The distribution is unpacked once per machine under
 * {@code java.io.tmpdir/statement-monitor-elasticsearch} and reused by later runs.
 */
public final class LocalElasticsearchNode implements ElasticsearchNode {

  private static final Logger LOG = LoggerFactory.getLogger(LocalElasticsearchNode.class);
  private static final String DIRECTORY_PREFIX = "elasticsearch";

  private final LocalElasticsearch node;
  private final Path dataDir;

  private LocalElasticsearchNode(LocalElasticsearch node, Path dataDir) {
    this.node = node;
    this.dataDir = dataDir;
  }

  /**
   * Starts a node on a free port with data in a new temporary directory, after stopping nodes that
   * killed test JVMs left behind.
   */
  public static LocalElasticsearchNode launch() {
    reapOrphans();
    Path dir = TestDirectories.create(DIRECTORY_PREFIX);
    Path install = Path.of(System.getProperty("java.io.tmpdir"), "statement-monitor-elasticsearch");
    LocalElasticsearch node = LocalElasticsearch.builder()
        .runDir(dir.resolve("node"))
        .installDir(install)
        .distribution(ElasticsearchDistribution.locate())
        .httpPort(0)
        .quickStart(true)
        // generous: a 2-core machine running several builds needs two minutes; an idle one, 15 s
        .startTimeout(Duration.ofMinutes(5))
        .build();
    try {
      node.start();
    } catch (RuntimeException e) {
      node.close();
      TestDirectories.delete(dir);
      throw e;
    }
    return new LocalElasticsearchNode(node, dir);
  }

  /** Stops the nodes of earlier runs whose JVM was killed, and deletes their data. */
  static void reapOrphans() {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    try (Stream<Path> dirs = Files.list(tmp)) {
      dirs.filter(d -> d.getFileName().toString().startsWith(TestDirectories.PREFIX + DIRECTORY_PREFIX + "-"))
          .filter(d -> LocalElasticsearch.reapOrphan(d.resolve("node")))
          .forEach(d -> {
            LOG.info("deleting {} left by a test JVM that was killed", d);
            TestDirectories.delete(d);
          });
    } catch (IOException | RuntimeException e) {
      LOG.warn("cannot look for Elasticsearch nodes left by killed test JVMs in {}: {}", tmp, e.toString());
    }
  }

  @Override
  public String url() {
    return node.url();
  }

  @Override
  public void stop() {
    node.stop();
  }

  @Override
  public void start() {
    node.start();
  }

  @Override
  public boolean isRunning() {
    return node.isRunning();
  }

  @Override
  public void close() {
    try {
      node.close();
    } finally {
      TestDirectories.delete(dataDir);
    }
  }

  @Override
  public String toString() {
    return "LocalElasticsearchNode[" + node.url() + ", data " + dataDir + "]";
  }
}
