package org.statementmonitor.testkit.elasticsearch;

import java.nio.file.Path;
import org.statementmonitor.embedded.elasticsearch.ElasticsearchDistribution;
import org.statementmonitor.embedded.elasticsearch.LocalElasticsearch;
import org.statementmonitor.testkit.TestDirectories;

/**
 * The test node backed by {@link LocalElasticsearch}: a child process on a free port, data in a
 * temporary directory. The distribution is unpacked once per machine under
 * {@code java.io.tmpdir/statement-monitor-elasticsearch} and reused by later runs.
 */
public final class LocalElasticsearchNode implements ElasticsearchNode {

  private final LocalElasticsearch node;
  private final Path dataDir;

  private LocalElasticsearchNode(LocalElasticsearch node, Path dataDir) {
    this.node = node;
    this.dataDir = dataDir;
  }

  /** Starts a node on a free port with data in a new temporary directory. */
  public static LocalElasticsearchNode launch() {
    Path dir = TestDirectories.create("elasticsearch");
    Path install = Path.of(System.getProperty("java.io.tmpdir"), "statement-monitor-elasticsearch");
    LocalElasticsearch node = LocalElasticsearch.builder()
        .runDir(dir.resolve("node"))
        .installDir(install)
        .distribution(ElasticsearchDistribution.locate())
        .httpPort(0)
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
