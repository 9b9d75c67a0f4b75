package org.statementmonitor.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.statementmonitor.testkit.elasticsearch.ContainerElasticsearchNode;
import org.statementmonitor.testkit.kafka.ContainerKafkaCluster;
import org.statementmonitor.testkit.kafka.KafkaCluster;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The Docker-backed fixtures; skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
class ContainersIT {

  @Test
  void shouldOfferTheSameFixturesOnDocker() {
    try (ContainerKafkaCluster kafka = ContainerKafkaCluster.launch();
        ContainerElasticsearchNode es = ContainerElasticsearchNode.launch()) {
      String topic = KafkaCluster.uniqueName("containers");
      kafka.createTopics(topic);
      kafka.sendJson(topic, "k", Map.of("title", "On Docker"));
      assertThat(kafka.awaitJson(topic, Map.class, 1, Duration.ofSeconds(60))).hasSize(1);

      es.http().index("containers-check", "1", Map.of("title", "On Docker"));
      assertThat(es.http().count("containers-check")).isEqualTo(1);
    }
  }
}
