package org.statementmonitor.testkit.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.statementmonitor.embedded.elasticsearch.NodePidFile;
import org.statementmonitor.testkit.TestDirectories;

class OrphanNodeReapingTest {

  @Test
  void shouldStopANodeLeftByAKilledTestJvmAndDeleteItsData() throws Exception {
    Path dir = TestDirectories.create("elasticsearch");
    Path run = Files.createDirectories(dir.resolve("node"));
    Process leftover = standInNode(run);
    Process killedJvm = new ProcessBuilder("true").start();
    killedJvm.waitFor();
    new NodePidFile(leftover.pid(), killedJvm.pid()).write(run);

    LocalElasticsearchNode.reapOrphans();

    assertThat(leftover.waitFor(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)).isTrue();
    assertThat(dir).doesNotExist();
  }

  @Test
  void shouldLeaveTheNodesOfLiveTestJvmsAlone() throws Exception {
    Path dir = TestDirectories.create("elasticsearch");
    Path run = Files.createDirectories(dir.resolve("node"));
    Process node = standInNode(run);
    try {
      new NodePidFile(node.pid(), ProcessHandle.current().pid()).write(run);

      LocalElasticsearchNode.reapOrphans();

      assertThat(node.isAlive()).isTrue();
      assertThat(run.resolve(NodePidFile.NAME)).exists();
    } finally {
      node.destroyForcibly().waitFor();
      TestDirectories.delete(dir);
    }
  }

  /** A process whose command line names the run directory, as the node launcher's does. */
  private static Process standInNode(Path run) throws Exception {
    return new ProcessBuilder("sh", "-c", "sleep 120; :", run.toAbsolutePath().toString()).start();
  }
}
