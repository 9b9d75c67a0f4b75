package org.statementmonitor.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.statementmonitor.common.topic.Topics;
import org.statementmonitor.testkit.elasticsearch.ElasticsearchExtension;
import org.statementmonitor.testkit.elasticsearch.ElasticsearchNode;
import org.statementmonitor.testkit.kafka.KafkaCluster;
import org.statementmonitor.testkit.kafka.KafkaExtension;

/**
 * The indexer is at-least-once with idempotent writes: killed with SIGKILL in the middle of a stream
 * of bulks and started again, it indexes every statement, and none twice.
 */
@ExtendWith({KafkaExtension.class, ElasticsearchExtension.class})
class IndexerCrashIT {

  private static final int STATEMENTS = 3000;

  @TempDir
  Path dir;

  @Test
  void shouldIndexEveryStatementExactlyOnceAfterHardKill(KafkaCluster kafka, ElasticsearchNode es) throws Exception {
    // Given enriched statements waiting on the topic and an indexer working through them
    String prefix = KafkaCluster.uniqueName("idx-crash");
    FaultFixture.send(kafka, Topics.ENRICHED, StatementFixtures.enriched(prefix, STATEMENTS));
    Path config = FaultFixture.writeConfig(dir, FaultFixture.CONFIG);
    try (ServiceProcess indexer = ServiceProcess.start("index", kafka.bootstrapServers(), es.url(), config,
        dir.resolve("data"), "384m")) {
      FaultFixture.awaitUntil("first bulks indexed", Duration.ofMinutes(4),
          () -> FaultFixture.indexed(es, prefix) >= 200, indexer);

      // When it is killed mid-stream, without any chance to flush or commit, and started again
      indexer.kill();
      long beforeRestart = FaultFixture.indexed(es, prefix);
      indexer.restart();

      // Then every statement ends up indexed, exactly once
      await("all statements indexed after restart").atMost(Duration.ofMinutes(4))
          .pollInterval(Duration.ofSeconds(1))
          .untilAsserted(() -> assertThat(FaultFixture.indexed(es, prefix))
              .as("indexed (was %d at the kill); log:%n%s", beforeRestart, indexer.logTail())
              .isEqualTo(STATEMENTS));
      assertThat(beforeRestart).as("the kill happened mid-stream").isLessThan(STATEMENTS);
      assertThat(indexer.isAlive()).isTrue();
    }
  }
}
