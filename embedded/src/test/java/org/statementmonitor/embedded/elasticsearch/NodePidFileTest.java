package org.statementmonitor.embedded.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodePidFileTest {

  @TempDir Path run;

  @Test
  void shouldRoundTripThroughTheRunDirectory() {
    new NodePidFile(4242, 77).write(run);

    assertThat(NodePidFile.read(run)).contains(new NodePidFile(4242, 77));
    assertThat(run.resolve(NodePidFile.NAME)).hasContent("4242 77");
  }

  @Test
  void shouldIgnoreMissingOrGarbledFiles() throws Exception {
    assertThat(NodePidFile.read(run)).isEmpty();
    Files.writeString(run.resolve(NodePidFile.NAME), "not a pid\n");
    assertThat(NodePidFile.read(run)).isEmpty();
    assertThat(NodePidFile.parse("12")).isEmpty();
  }

  @Test
  void shouldSeeThatTheStartingJvmIsGoneOnlyWhenItIs() throws Exception {
    Process finished = new ProcessBuilder("true").start();
    finished.waitFor();

    assertThat(new NodePidFile(1, finished.pid()).ownerGone()).isTrue();
    assertThat(new NodePidFile(1, ProcessHandle.current().pid()).ownerGone()).isFalse();
  }

  @Test
  void shouldNotMistakeAnUnrelatedLiveProcessForTheNode() {
    NodePidFile pointsAtThisJvm = new NodePidFile(ProcessHandle.current().pid(), 1);

    assertThat(pointsAtThisJvm.liveNode(run.resolve("some-run-dir-no-command-line-names"))).isEmpty();
  }

  @Test
  void shouldNotReapARunDirectoryWhoseJvmIsAlive() {
    new NodePidFile(ProcessHandle.current().pid(), ProcessHandle.current().pid()).write(run);

    assertThat(LocalElasticsearch.reapOrphan(run)).isFalse();
    assertThat(run.resolve(NodePidFile.NAME)).exists();
  }
}
