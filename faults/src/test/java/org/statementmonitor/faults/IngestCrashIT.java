package org.statementmonitor.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.statementmonitor.common.event.Statement;
import org.statementmonitor.common.json.Json;
import org.statementmonitor.common.json.JsonRecordException;
import org.statementmonitor.common.topic.Topic;
import org.statementmonitor.common.topic.Topics;
import org.statementmonitor.testkit.kafka.KafkaCluster;
import org.statementmonitor.testkit.kafka.KafkaExtension;

/**
 * Ingest is at-least-once into Kafka with stable ids and transactions, so effectively once: killed with
 * SIGKILL while a feed's items are being fetched and published, and started again, it puts every item on
 * the raw topic once for a {@code read_committed} reader.
 */
@ExtendWith(KafkaExtension.class)
class IngestCrashIT {

  private static final int ITEMS = 300;
  private static final int BEFORE_KILL = 120;

  @TempDir
  Path dir;

  @Test
  void shouldPublishEveryFeedItemOnceAfterHardKillMidPoll(KafkaCluster kafka) throws Exception {
    // Given a feed of 300 items whose pages are served until 120 have been fetched, then held
    String source = KafkaCluster.uniqueName("ingest-crash");
    try (FeedServer site = new FeedServer(ITEMS, BEFORE_KILL)) {
      Path config = FaultFixture.writeConfig(dir, """
          ingest:
            instanceId: %s
            politenessDelay: 0s
            perHostConcurrency: 4
            maxItemsPerPoll: %d
            respectRobots: false
            defaultInterval: 1s
            maxAttempts: 1
            sources:
              - {name: %s, type: feed, url: "%s", allowPrivate: true}
          """.formatted(source, ITEMS, source, site.feedUrl()));
      try (ServiceProcess ingest = ServiceProcess.start("ingest", kafka.bootstrapServers(), "http://127.0.0.1:9",
          config, dir.resolve("data"), "384m")) {
        await("items published before the kill").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(300))
            .untilAsserted(() -> assertThat(published(kafka, source).size())
                .as("published; log:%n%s", ingest.logTail()).isGreaterThanOrEqualTo(BEFORE_KILL / 2));
        await("the poller waits on held pages").atMost(Duration.ofMinutes(1))
            .until(() -> site.pagesServed() >= BEFORE_KILL);

        // When it is killed with pages in flight, and started again with the pages flowing
        ingest.kill();
        int beforeRestart = published(kafka, source).size();
        site.openGate();
        ingest.restart();

        // Then every item is on the raw topic, each exactly once
        await("all items published after restart").atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
            .untilAsserted(() -> assertThat(published(kafka, source))
                .as("published (%d at the kill); log:%n%s", beforeRestart, ingest.logTail())
                .hasSize(ITEMS));
        Map<String, Integer> writes = published(kafka, source);
        assertThat(writes.values()).as("writes per statement id").containsOnly(1);
        assertThat(beforeRestart).as("the kill happened mid-feed").isLessThan(ITEMS);
        assertThat(ingest.isAlive()).isTrue();
      }
    }
  }

  /** Committed raw records of {@code source}, counted per statement id (the record key). */
  private static Map<String, Integer> published(KafkaCluster kafka, String source) {
    Map<String, Integer> counts = new HashMap<>();
    for (ConsumerRecord<String, byte[]> r : kafka.readAll(new Topic<>(Topics.RAW.name(), Serdes.String(), Serdes.ByteArray()))) {
      Statement statement = readable(r.value());
      if (statement != null && source.equals(statement.source().name())) {
        assertThat(r.key()).isEqualTo(statement.id());
        counts.merge(r.key(), 1, Integer::sum);
      }
    }
    return counts;
  }

  /** The statement in {@code value}, or null for a record that is not one (poison left by another test). */
  private static Statement readable(byte[] value) {
    try {
      return value == null ? null : Json.fromBytes(value, Statement.class);
    } catch (JsonRecordException e) {
      return null;
    }
  }
}
