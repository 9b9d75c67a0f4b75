package org.statementmonitor.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.statementmonitor.common.topic.Topics;
import org.statementmonitor.testkit.elasticsearch.ElasticsearchExtension;
import org.statementmonitor.testkit.elasticsearch.ElasticsearchNode;
import org.statementmonitor.testkit.kafka.KafkaCluster;
import org.statementmonitor.testkit.kafka.KafkaExtension;

/**
 * Enrich is exactly-once (Kafka Streams, exactly_once_v2): killed with SIGKILL mid-stream and started
 * again, it writes every raw statement to the enriched topic once, as a read_committed reader sees it.
 */
@ExtendWith({KafkaExtension.class, ElasticsearchExtension.class})
class EnrichCrashIT {

  /** Enough that the kill, once 50 are out, lands mid-stream: enrich writes short ones fast. */
  private static final int STATEMENTS = 3_000;

  @TempDir
  Path dir;

  @Test
  void shouldWriteEveryStatementOnceAfterHardKill(KafkaCluster kafka, ElasticsearchNode es) throws Exception {
    // Given raw statements on the topic and enrich working through them
    String prefix = KafkaCluster.uniqueName("enrich-crash");
    FaultFixture.send(kafka, Topics.RAW, StatementFixtures.raw(prefix, STATEMENTS));
    Path config = FaultFixture.writeConfig(dir, FaultFixture.CONFIG);
    try (ServiceProcess enrich = ServiceProcess.start("enrich", kafka.bootstrapServers(), es.url(), config,
        dir.resolve("data"), "768m")) {
      FaultFixture.awaitUntil("first statements enriched", Duration.ofMinutes(6),
          () -> FaultFixture.writesPerKey(kafka, Topics.ENRICHED, prefix).size() >= 50, enrich);

      // When it is killed mid-stream and started again on the same state directory
      enrich.kill();
      int beforeRestart = FaultFixture.writesPerKey(kafka, Topics.ENRICHED, prefix).size();
      enrich.restart();

      // Then each statement is on the enriched topic exactly once
      await("all statements enriched after restart").atMost(Duration.ofMinutes(5))
          .pollInterval(Duration.ofSeconds(2))
          .untilAsserted(() -> assertThat(FaultFixture.writesPerKey(kafka, Topics.ENRICHED, prefix))
              .as("enriched keys; log:%n%s", enrich.logTail()).hasSize(STATEMENTS));
      Map<String, Integer> writes = FaultFixture.writesPerKey(kafka, Topics.ENRICHED, prefix);
      assertThat(writes.values()).as("writes per statement").containsOnly(1);
      assertThat(beforeRestart).as("the kill happened mid-stream").isLessThan(STATEMENTS);
    }
  }
}
