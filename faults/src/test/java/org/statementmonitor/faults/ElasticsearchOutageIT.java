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
 * Elasticsearch away for a minute while statements keep arriving: the indexer (in a JVM with a small
 * heap, so unbounded buffering would kill it) pauses, stays alive, and indexes everything once the
 * node is back.
 */
@ExtendWith({KafkaExtension.class, ElasticsearchExtension.class})
class ElasticsearchOutageIT {

  @TempDir
  Path dir;

  @Test
  void shouldPauseAndCatchUpWhenElasticsearchReturns(KafkaCluster kafka, ElasticsearchNode es) throws Exception {
    // Given an indexer that has indexed a first batch
    String prefix = KafkaCluster.uniqueName("es-outage");
    Path config = FaultFixture.writeConfig(dir, FaultFixture.CONFIG);
    try (ServiceProcess indexer = ServiceProcess.start("index", kafka.bootstrapServers(), es.url(), config,
        dir.resolve("data"), "256m")) {
      FaultFixture.send(kafka, Topics.ENRICHED, StatementFixtures.enriched(prefix + "-a", 300));
      FaultFixture.awaitUntil("first batch indexed", Duration.ofMinutes(4),
          () -> FaultFixture.indexed(es, prefix + "-a") == 300, indexer);

      // When the node goes away for a minute while 3,000 more statements arrive
      es.stop();
      try {
        FaultFixture.send(kafka, Topics.ENRICHED, StatementFixtures.enriched(prefix + "-b", 3000));
        FaultFixture.holdFor(Duration.ofSeconds(60), "indexer alive while Elasticsearch is away",
            indexer::isAlive);
      } finally {
        es.start();
      }

      // Then it catches up: everything indexed, once, and the service never died
      await("all statements indexed after the outage").atMost(Duration.ofMinutes(4))
          .pollInterval(Duration.ofSeconds(1))
          .untilAsserted(() -> assertThat(FaultFixture.indexed(es, prefix))
              .as("indexed; log:%n%s", indexer.logTail()).isEqualTo(3300));
      assertThat(indexer.isAlive()).as("indexer survived the outage; log:%n%s", indexer.logTail()).isTrue();
    }
  }
}
