package org.statementmonitor.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.statementmonitor.common.event.DuplicateInfo;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.topic.Topics;
import org.statementmonitor.testkit.elasticsearch.ElasticsearchExtension;
import org.statementmonitor.testkit.elasticsearch.ElasticsearchNode;
import org.statementmonitor.testkit.kafka.KafkaCluster;
import org.statementmonitor.testkit.kafka.KafkaExtension;
import org.statementmonitor.testkit.kafka.KafkaRecords.KeyValue;

/**
 * Elasticsearch goes down while statements arrive: the indexer pauses consumption, keeps what it took
 * pending (bounded), reports the cluster unreachable, and indexes everything exactly once when the
 * node is back.
 */
@ExtendWith({KafkaExtension.class, ElasticsearchExtension.class})
class IndexerOutageIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(120);

  @Test
  void shouldPauseWhileElasticsearchIsDownAndIndexEverythingOnceItIsBack(KafkaCluster kafka,
      ElasticsearchNode elasticsearch) throws Exception {
    String source = "outage-" + UUID.randomUUID().toString().substring(0, 8);
    List<KeyValue<String, EnrichedStatement>> records = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      String id = source + "-st-" + i;
      records.add(new KeyValue<>(id, StatementFixture.enriched(id, "Statement " + i, StatementFixture.APPEAL_TEXT,
          source, Instant.parse("2025-06-10T10:00:00Z"), DuplicateInfo.original(id))));
    }
    try (IndexerHarness indexer = IndexerHarness.start(kafka.settings(), elasticsearch.settings(),
        KafkaCluster.uniqueName("indexer-outage"), Map.of("maxPendingRecords", 20))) {
      try {
        elasticsearch.stop();
        kafka.sendAll(Topics.ENRICHED, records);

        await().atMost(TIMEOUT).until(() -> gauge(indexer, "monitor.indexer.paused") == 1.0);
        assertThat(indexer.service.elasticsearchHealth().refresh().up()).isFalse();
        assertThat(indexer.service.elasticsearchHealth().check().details().get("reason").toString())
            .contains("unreachable");
        // bounded: at most maxPendingRecords plus one poll's worth, however long the outage lasts
        assertThat(gauge(indexer, "monitor.indexer.pending")).isLessThanOrEqualTo(40.0);
      } finally {
        elasticsearch.start();
      }

      await().atMost(TIMEOUT).until(() -> indexer.statementsWhere("source.name", source).size() == 100);
      await().atMost(TIMEOUT).until(() -> gauge(indexer, "monitor.indexer.paused") == 0.0);
      assertThat(indexer.service.elasticsearchHealth().refresh().up()).isTrue();
      assertThat(indexer.statementsWhere("source.name", source)).extracting(d -> d.get("id").asText())
          .doesNotHaveDuplicates().hasSize(100);
    }
  }

  private static double gauge(IndexerHarness indexer, String name) {
    return indexer.registry.get(name).gauge().value();
  }
}
