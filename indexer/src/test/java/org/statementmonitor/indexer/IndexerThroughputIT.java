package org.statementmonitor.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.util.BinaryData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.common.event.DuplicateInfo;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.json.Json;
import org.statementmonitor.common.topic.Topics;
import org.statementmonitor.indexer.client.ElasticsearchClients;
import org.statementmonitor.indexer.decode.Decoded;
import org.statementmonitor.indexer.decode.IndexRequest;
import org.statementmonitor.indexer.decode.RecordDecoder;
import org.statementmonitor.indexer.mapping.IndexTemplates;
import org.statementmonitor.testkit.elasticsearch.ElasticsearchExtension;
import org.statementmonitor.testkit.elasticsearch.ElasticsearchNode;
import org.statementmonitor.testkit.kafka.KafkaCluster;
import org.statementmonitor.testkit.kafka.KafkaExtension;
import org.statementmonitor.testkit.kafka.KafkaRecords.KeyValue;

/**
 * Side-by-side throughput on the real node: a plain bulk load of N statement documents (the client's
 * bulk ingester, no Kafka) against the indexer consuming the same N statements from Kafka (decode,
 * bulk, settle, pickup check, commit). Logs both rates and their ratio; N is {@code
 * -Dindexer.bench.docs} (default 2000, about 5 KB each).
 */
@ExtendWith({KafkaExtension.class, ElasticsearchExtension.class})
class IndexerThroughputIT {

  private static final Logger LOG = LoggerFactory.getLogger(IndexerThroughputIT.class);

  @Test
  void shouldMeasureIndexerAgainstPlainBulkOfSameDocuments(KafkaCluster kafka, ElasticsearchNode es)
      throws Exception {
    int n = Integer.getInteger("indexer.bench.docs", 2000);
    String source = "bench-" + UUID.randomUUID().toString().substring(0, 8);
    String text = StatementFixture.APPEAL_TEXT.repeat(20); // about 5 KB
    List<KeyValue<String, EnrichedStatement>> records = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = source + "-" + i;
      records.add(new KeyValue<>(id, StatementFixture.enriched(id, "Statement " + i, text, source,
          Instant.parse("2019-06-01T00:00:00Z").plusSeconds(i), DuplicateInfo.original(id))));
    }

    double plain;
    try (var client = new AutoCloseableClient(ElasticsearchClients.create(es.settings()))) {
      plain = plainBulk(client.client, records, "bench-plain-" + source);
    }
    double indexer;
    try (IndexerHarness harness = IndexerHarness.start(kafka.settings(), es.settings(),
        KafkaCluster.uniqueName("indexer-bench"), Map.of("flushIntervalMs", 1000, "pickupIntervalMs", 500))) {
      // warm up: the group has joined and caught up once a sentinel statement is searchable
      String sentinel = source + "-sentinel";
      kafka.send(Topics.ENRICHED, sentinel, StatementFixture.enriched(sentinel, "Sentinel", text, source + "-s",
          Instant.parse("2019-06-01T00:00:00Z"), DuplicateInfo.original(sentinel)));
      await().atMost(Duration.ofMinutes(2)).until(() -> harness.statementsWhere("id", sentinel).size() == 1);
      double baseline = harness.records("indexed");

      long start = System.nanoTime();
      kafka.sendAll(Topics.ENRICHED, records);
      await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50))
          .until(() -> harness.records("indexed") >= baseline + n);
      indexer = n / ((System.nanoTime() - start) / 1e9);
      assertThat(harness.statementsWhere("source.name", source)).hasSizeGreaterThanOrEqualTo(Math.min(n, 1000));
    }
    LOG.info("throughput with {} docs: plain bulk {} docs/s, indexer {} docs/s (from first send, Kafka included), ratio {}",
        n, Math.round(plain), Math.round(indexer), String.format(java.util.Locale.ROOT, "%.2f", indexer / plain));
    assertThat(indexer).isPositive();
  }

  private static double plainBulk(ElasticsearchClient client, List<KeyValue<String, EnrichedStatement>> records,
      String index) throws Exception {
    ObjectNode template = IndexTemplates.configured(IndexTemplates.STATEMENTS_RESOURCE, 0, "1s");
    JsonNode body = template.get("template").deepCopy();
    ((ObjectNode) body).remove("aliases");
    String json = Json.toString(body);
    client.indices().create(c -> c.index(index).withJson(new StringReader(json)));
    RecordDecoder decoder = new RecordDecoder(1 << 24, 1 << 22, 5000, Clock.systemUTC());
    List<IndexRequest> docs = new ArrayList<>();
    for (KeyValue<String, EnrichedStatement> r : records) {
      docs.add(((Decoded.Accepted) decoder.decode(Topics.ENRICHED.name(), Json.toBytes(r.value()))).request());
    }
    long start = System.nanoTime();
    try (BulkIngester<Void> ingester = BulkIngester.of(b -> b.client(client).maxOperations(1000)
        .maxSize(5L * 1024 * 1024).maxConcurrentRequests(2).flushInterval(1, TimeUnit.SECONDS))) {
      for (IndexRequest d : docs) {
        ingester.add(op -> op.index(i -> i.index(index).id(d.id()).document(BinaryData.of(d.source(),
            "application/json"))));
      }
    }
    double rate = docs.size() / ((System.nanoTime() - start) / 1e9);
    client.indices().refresh(r -> r.index(index));
    assertThat(client.count(c -> c.index(index)).count()).isEqualTo(records.size());
    client.indices().delete(d -> d.index(index));
    return rate;
  }

  private record AutoCloseableClient(ElasticsearchClient client) implements AutoCloseable {
    @Override
    public void close() {
      ElasticsearchClients.close(client);
    }
  }
}
