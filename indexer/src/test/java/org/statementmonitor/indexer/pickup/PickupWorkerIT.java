package org.statementmonitor.indexer.pickup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.util.BinaryData;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.json.Json;
import org.statementmonitor.common.topic.Topics;
import org.statementmonitor.indexer.StatementFixture;
import org.statementmonitor.indexer.bulk.PendingRecord;
import org.statementmonitor.indexer.bulk.Settlement;
import org.statementmonitor.indexer.client.ElasticsearchClients;
import org.statementmonitor.indexer.decode.Decoded;
import org.statementmonitor.indexer.decode.IndexRequest;
import org.statementmonitor.indexer.decode.RecordDecoder;
import org.statementmonitor.indexer.mapping.IndexTemplates;
import org.statementmonitor.testkit.elasticsearch.ElasticsearchExtension;
import org.statementmonitor.testkit.elasticsearch.ElasticsearchNode;

/**
 * Pickup rounds against the real node: originals without copies are settled without a refresh,
 * an original indexed again after its copies gets its summary back, a copy that comes before its
 * original is looked at once more and its original is summarised when it arrives.
 */
@ExtendWith(ElasticsearchExtension.class)
class PickupWorkerIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final TopicPartition PARTITION = new TopicPartition(Topics.ENRICHED.name(), 0);
  private static ElasticsearchClient client;

  private final RecordDecoder decoder = new RecordDecoder(1 << 24, 1 << 22, 5000, Clock.systemUTC());
  private final AtomicLong offsets = new AtomicLong();
  private final ConcurrentLinkedQueue<Settlement> settled = new ConcurrentLinkedQueue<>();
  private PickupWorker worker;

  @BeforeAll
  static void installTemplates(ElasticsearchNode node) throws IOException {
    client = ElasticsearchClients.create(node.settings());
    IndexTemplates.install(client, 0, "1s", Instant.now());
  }

  @AfterAll
  static void closeClient() {
    ElasticsearchClients.close(client);
  }

  @BeforeEach
  void startWorker() {
    worker = new PickupWorker(new PickupSummarizer(client), settled::add, 100);
  }

  @AfterEach
  void stopWorker() {
    worker.close();
  }

  @Test
  void shouldSettleOriginalsWithoutCopiesWithoutRefreshing() throws IOException {
    List<PendingRecord> records = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String id = unique("letter");
      records.add(index(StatementFixture.appeal(id, Instant.parse("2025-02-03T10:00:00Z").plusSeconds(i))));
    }

    records.forEach(worker::enqueue);

    await().atMost(TIMEOUT).until(() -> settledOffsets().containsAll(offsetsOf(records)));
    assertThat(worker.refreshes()).isZero();
    assertThat(document(records.get(0).request()).has("pickups")).isFalse();
  }

  @Test
  void shouldRestorePickupsWhenOriginalIsIndexedAgainAfterItsCopies() throws IOException {
    String original = unique("appeal");
    PendingRecord first = index(StatementFixture.appeal(original, Instant.parse("2025-03-01T08:00:00Z")));
    PendingRecord copyA = index(StatementFixture.repost(original + "-a", original, unique("daily-herald"),
        Instant.parse("2025-03-02T09:00:00Z")));
    PendingRecord copyB = index(StatementFixture.repost(original + "-b", original, unique("evening-post"),
        Instant.parse("2025-03-04T18:30:00Z")));
    List.of(first, copyA, copyB).forEach(worker::enqueue);
    await().atMost(TIMEOUT).until(() -> settledOffsets().containsAll(offsetsOf(List.of(first, copyA, copyB))));
    assertPickups(first.request(), 2);

    // a replay indexes the original again, which resets its pickup fields
    PendingRecord replayed = index(StatementFixture.appeal(original, Instant.parse("2025-03-01T08:00:00Z")));
    assertThat(document(replayed.request()).has("pickups")).isFalse();
    worker.enqueue(replayed);

    await().atMost(TIMEOUT).until(() -> settledOffsets().contains(replayed.offset()));
    assertPickups(replayed.request(), 2);
    assertThat(document(replayed.request()).at("/pickups/first_pickup").asText()).isEqualTo("2025-03-02T09:00:00Z");
    assertThat(document(replayed.request()).at("/pickups/latest_pickup").asText()).isEqualTo("2025-03-04T18:30:00Z");
  }

  @Test
  void shouldLookOnceMoreForMissingOriginalAndSummariseItWhenItArrives() throws IOException {
    String original = unique("appeal");
    EnrichedStatement repost = StatementFixture.repost(original + "-copy", original, unique("daily-herald"),
        Instant.parse("2025-05-02T09:00:00Z"));
    PendingRecord copy = index(repost);
    PendingRecord retried = index(repost); // the same copy again, as after a retry
    worker.enqueue(copy);
    worker.enqueue(retried);

    await().atMost(TIMEOUT).until(() -> settledOffsets().containsAll(offsetsOf(List.of(copy, retried))));
    assertThat(worker.refreshes()).as("the copy's round and the second look").isGreaterThanOrEqualTo(2);

    PendingRecord late = index(StatementFixture.appeal(original, Instant.parse("2025-05-01T08:00:00Z")));
    worker.enqueue(late);

    await().atMost(TIMEOUT).until(() -> settledOffsets().contains(late.offset()));
    assertPickups(late.request(), 1);
  }

  private void assertPickups(IndexRequest original, int copies) throws IOException {
    JsonNode doc = document(original);
    assertThat(doc.at("/pickups/copy_count").asInt()).isEqualTo(copies);
    assertThat(doc.at("/pickups/outlets").size()).isEqualTo(copies);
  }

  /** Indexes a statement as the bulk indexer would (acknowledged, not refreshed). */
  private PendingRecord index(EnrichedStatement statement) throws IOException {
    byte[] value = Json.toBytes(statement);
    IndexRequest request = ((Decoded.Accepted) decoder.decode(Topics.ENRICHED.name(), value)).request();
    client.index(i -> i.index(request.index()).id(request.id())
        .document(BinaryData.of(request.source(), "application/json")));
    return PendingRecord.toIndex(PARTITION, offsets.getAndIncrement(), statement.id().getBytes(
        java.nio.charset.StandardCharsets.UTF_8), value, request);
  }

  /** The document as it is now (a real-time get, no refresh). */
  private JsonNode document(IndexRequest request) throws IOException {
    return client.get(g -> g.index(request.index()).id(request.id()), JsonNode.class).source();
  }

  private Set<Long> settledOffsets() {
    return settled.stream().filter(s -> s instanceof Settlement.Summarized).map(s -> s.record().offset())
        .collect(Collectors.toSet());
  }

  private static Set<Long> offsetsOf(List<PendingRecord> records) {
    return records.stream().map(PendingRecord::offset).collect(Collectors.toSet());
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
