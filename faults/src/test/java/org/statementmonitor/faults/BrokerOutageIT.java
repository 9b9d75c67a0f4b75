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
 * The broker away for 30 seconds: enrich and the indexer keep running, reconnect when it returns, and
 * every statement from before and after the outage is indexed exactly once.
 */
@ExtendWith({KafkaExtension.class, ElasticsearchExtension.class})
class BrokerOutageIT {

  @TempDir
  Path dir;

  @Test
  void shouldResumeAfterBrokerOutage(KafkaCluster kafka, ElasticsearchNode es) throws Exception {
    String prefix = KafkaCluster.uniqueName("broker-outage");
    Path config = FaultFixture.writeConfig(dir, FaultFixture.CONFIG);
    try (ServiceProcess enrich = ServiceProcess.start("enrich", kafka.bootstrapServers(), es.url(), config,
            dir.resolve("enrich"), "768m");
        ServiceProcess indexer = ServiceProcess.start("index", kafka.bootstrapServers(), es.url(), config,
            dir.resolve("index"), "384m")) {
      // Given statements flowing through enrich into Elasticsearch
      FaultFixture.send(kafka, Topics.RAW, StatementFixtures.raw(prefix + "-a", 200));
      FaultFixture.awaitUntil("first statements indexed", Duration.ofMinutes(6),
          () -> FaultFixture.indexed(es, prefix + "-a") == 200, enrich, indexer);

      // When the broker is stopped for 30 seconds and started again
      kafka.stop();
      try {
        FaultFixture.holdFor(Duration.ofSeconds(30), "services alive while the broker is away",
            () -> enrich.isAlive() && indexer.isAlive());
      } finally {
        kafka.start();
      }
      FaultFixture.send(kafka, Topics.RAW, StatementFixtures.raw(prefix + "-b", 200));

      // Then everything from before and after is indexed exactly once
      await("all statements indexed after the outage").atMost(Duration.ofMinutes(5))
          .pollInterval(Duration.ofSeconds(1))
          .untilAsserted(() -> assertThat(FaultFixture.indexed(es, prefix))
              .as("indexed; enrich log:%n%s%nindexer log:%n%s", enrich.logTail(), indexer.logTail())
              .isEqualTo(400));
      assertThat(FaultFixture.writesPerKey(kafka, Topics.ENRICHED, prefix).values()).containsOnly(1);
    }
  }
}
