package org.statementmonitor.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.statementmonitor.common.event.Alert;
import org.statementmonitor.common.event.DeadLetter;
import org.statementmonitor.common.event.DuplicateInfo;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.json.Json;
import org.statementmonitor.common.topic.Topics;
import org.statementmonitor.testkit.elasticsearch.ElasticsearchExtension;
import org.statementmonitor.testkit.elasticsearch.ElasticsearchNode;
import org.statementmonitor.testkit.kafka.KafkaCluster;
import org.statementmonitor.testkit.kafka.KafkaExtension;
import org.statementmonitor.testkit.kafka.KafkaRecords.KeyValue;

/**
 * The indexer against the real broker and node: statements produced to the enriched topic become
 * searchable exactly once, also when replayed; poison records go to the dead-letter topic while the
 * rest is indexed; copies update their original's pickup fields; alerts land in the alerts alias.
 */
@ExtendWith({KafkaExtension.class, ElasticsearchExtension.class})
class IndexerIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static KafkaCluster kafka;
  private static ElasticsearchNode elasticsearch;
  private static IndexerHarness indexer;

  @BeforeAll
  static void startIndexer(KafkaCluster cluster, ElasticsearchNode node) throws Exception {
    kafka = cluster;
    elasticsearch = node;
    indexer = IndexerHarness.start(kafka.settings(), elasticsearch.settings(),
        KafkaCluster.uniqueName("indexer-it"), Map.of());
  }

  @AfterAll
  static void stopIndexer() {
    if (indexer != null) {
      indexer.close();
    }
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void shouldMakeStatementsSearchableExactlyOnceAlsoWhenReplayed() throws Exception {
    String source = unique("gazette");
    List<KeyValue<String, EnrichedStatement>> records = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String id = source + "-st-" + i;
      // two published months, so two backing indices behind the alias
      Instant published = Instant.parse(i % 2 == 0 ? "2025-01-20T10:00:00Z" : "2025-02-03T10:00:00Z");
      records.add(new KeyValue<>(id, StatementFixture.enriched(id, "Statement " + i, StatementFixture.APPEAL_TEXT,
          source, published, DuplicateInfo.original(id))));
    }

    kafka.sendAll(Topics.ENRICHED, records);
    await().atMost(TIMEOUT).until(() -> indexer.statementsWhere("source.name", source).size() == 30);

    kafka.sendAll(Topics.ENRICHED, records); // the same records again
    try (IndexerHarness replay = IndexerHarness.start(kafka.settings(), elasticsearch.settings(),
        unique("indexer-replay"), Map.of())) {
      await().atMost(TIMEOUT).until(() -> replay.records("indexed") >= 60);
    }
    await().atMost(TIMEOUT).until(() -> indexer.records("indexed") >= 60);

    List<JsonNode> docs = indexer.statementsWhere("source.name", source);
    assertThat(docs).hasSize(30);
    assertThat(docs.stream().map(d -> d.get("id").asText()).collect(Collectors.toSet())).hasSize(30);
    JsonNode first = docs.stream().filter(d -> d.get("id").asText().equals(source + "-st-0")).findFirst().orElseThrow();
    assertThat(first.at("/entities/org").toString()).contains("Caspian Heritage Union");
    assertThat(first.at("/language").asText()).isEqualTo("en");
  }

  @Test
  void shouldDeadLetterPoisonRecordsAndIndexTheRest() {
    String source = unique("poison");
    ObjectNode valid = (ObjectNode) Json.mapper().valueToTree(StatementFixture.enriched(source + "-ok-1", "Valid",
        StatementFixture.APPEAL_TEXT, source, Instant.parse("2025-03-01T00:00:00Z"),
        DuplicateInfo.original(source + "-ok-1")));
    ObjectNode unknownVersion = valid.deepCopy().put("schemaVersion", 99);
    ObjectNode year20230 = valid.deepCopy();
    ((ObjectNode) year20230.get("statement")).put("published", "+20230-03-01T00:00:00Z");
    ObjectNode wrongType = valid.deepCopy();
    ((ObjectNode) wrongType.get("facts")).put("wordCount", "many");
    ObjectNode idTooLong = valid.deepCopy();
    ((ObjectNode) idTooLong.get("statement")).put("id", source + "-" + "x".repeat(600));
    ObjectNode immenseTerm = valid.deepCopy(); // passes validation, refused by Elasticsearch for this item only
    ((ObjectNode) immenseTerm.get("statement")).put("id", source + "-immense");
    ((ObjectNode) immenseTerm.get("facts")).put("kind", "appeal".repeat(6000));
    ObjectNode valid2 = valid.deepCopy();
    ((ObjectNode) valid2.get("statement")).put("id", source + "-ok-2");

    kafka.sendJson(Topics.ENRICHED.name(), source + "-ok-1", Json.toString(valid));
    kafka.sendJson(Topics.ENRICHED.name(), source + "-notjson", "{\"schemaVersion\": 1, \"statement\": {");
    kafka.sendJson(Topics.ENRICHED.name(), source + "-version", Json.toString(unknownVersion));
    kafka.sendJson(Topics.ENRICHED.name(), source + "-year", Json.toString(year20230));
    kafka.sendJson(Topics.ENRICHED.name(), source + "-type", Json.toString(wrongType));
    kafka.sendJson(Topics.ENRICHED.name(), source + "-longid", Json.toString(idTooLong));
    kafka.sendJson(Topics.ENRICHED.name(), source + "-immense", Json.toString(immenseTerm));
    kafka.sendJson(Topics.ENRICHED.name(), source + "-ok-2", Json.toString(valid2));

    await().atMost(TIMEOUT).until(() -> deadLettersWithKeyPrefix(source).size() == 6);
    Map<String, String> reasons = deadLettersWithKeyPrefix(source).stream()
        .collect(Collectors.toMap(DeadLetter::key, DeadLetter::reason));
    assertThat(reasons.get(source + "-notjson")).contains("not a valid EnrichedStatement");
    assertThat(reasons.get(source + "-version")).contains("unknown enriched statement schemaVersion 99");
    assertThat(reasons.get(source + "-year")).contains("20230");
    assertThat(reasons.get(source + "-type")).contains("wordCount");
    assertThat(reasons.get(source + "-longid")).contains("longer than the 512 bytes");
    assertThat(reasons.get(source + "-immense")).contains("Elasticsearch refused").contains("status 400");
    await().atMost(TIMEOUT).until(() -> indexer.statementsWhere("source.name", source).size() == 2);
    assertThat(indexer.statementsWhere("source.name", source)).extracting(d -> d.get("id").asText())
        .containsExactlyInAnyOrder(source + "-ok-1", source + "-ok-2");
  }

  @Test
  void shouldUpdateOriginalPickupFieldsWhenCopiesArrive() {
    String original = unique("appeal");
    String outletA = unique("daily-herald");
    String outletB = unique("evening-post");
    EnrichedStatement copyA = StatementFixture.repost(original + "-copy-a", original, outletA,
        Instant.parse("2025-04-02T09:00:00Z"));
    EnrichedStatement copyB = StatementFixture.repost(original + "-copy-b", original, outletB,
        Instant.parse("2025-04-05T18:30:00Z"));

    kafka.send(Topics.ENRICHED, copyA.id(), copyA); // a copy before its original: out of order
    kafka.send(Topics.ENRICHED, original, StatementFixture.appeal(original, Instant.parse("2025-04-01T08:00:00Z")));
    kafka.send(Topics.ENRICHED, copyB.id(), copyB);
    kafka.send(Topics.ENRICHED, copyB.id(), copyB); // a retried copy must not count twice

    await().atMost(TIMEOUT).untilAsserted(() -> {
      List<JsonNode> found = indexer.statementsWhere("id", original);
      assertThat(found).hasSize(1);
      JsonNode doc = found.get(0);
      assertThat(doc.at("/pickups/copy_count").asInt()).isEqualTo(2);
      assertThat(doc.at("/pickups/outlets").toString()).contains(outletA).contains(outletB);
      assertThat(doc.at("/pickups/first_pickup").asText()).isEqualTo("2025-04-02T09:00:00Z");
      assertThat(doc.at("/pickups/latest_pickup").asText()).isEqualTo("2025-04-05T18:30:00Z");
    });
    assertThat(indexer.statementsWhere("duplicate.original_id", original)).hasSize(3);
  }

  @Test
  void shouldIndexAlertsIntoAlertsAlias() {
    String rule = unique("missing-persons");
    Alert alert = new Alert(Alert.SCHEMA_VERSION, rule + ":st-9", rule, "match", "st-9", "st-9",
        "Appeal on the missing", "https://caspian-heritage.example/st-9", "caspian-heritage",
        Instant.parse("2025-05-01T08:00:00Z"), Instant.parse("2025-05-01T08:00:03Z"),
        List.of("missing individuals"), "...3,000 missing individuals...", "rule matched", 0);

    kafka.send(Topics.ALERTS, alert.id(), alert);
    kafka.send(Topics.ALERTS, alert.id(), alert);

    await().atMost(TIMEOUT).until(() -> indexer.alertsWhere("rule", rule).size() == 1);
    JsonNode doc = indexer.alertsWhere("rule", rule).get(0);
    assertThat(doc.get("statement_id").asText()).isEqualTo("st-9");
    assertThat(doc.get("matched").get(0).asText()).isEqualTo("missing individuals");
  }

  @Test
  void shouldReportElasticsearchHealthy() {
    assertThat(indexer.service.elasticsearchHealth().refresh().up()).isTrue();
    assertThat(indexer.service.indexerHealth().up()).isTrue();
  }

  private static List<DeadLetter> deadLettersWithKeyPrefix(String prefix) {
    List<DeadLetter> out = new ArrayList<>();
    for (ConsumerRecord<String, DeadLetter> r : kafka.readAll(Topics.DEAD_LETTERS)) {
      if (r.key() != null && r.key().startsWith(prefix) && r.value() != null) {
        out.add(r.value());
      }
    }
    return out;
  }
}
