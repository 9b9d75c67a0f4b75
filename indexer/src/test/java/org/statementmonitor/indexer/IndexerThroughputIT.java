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
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.common.event.DuplicateInfo;
import org.statementmonitor.common.event.DuplicateStatus;
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
 * bulk ingester, no Kafka; bulks of 1,000 documents or 5 MB, one request in flight, as the load
 * benchmark's baseline) against the indexer with its default settings consuming the same N statements
 * from a filled Kafka topic (decode, bulk, settle, pickup summaries, commit), as the load benchmark's
 * indexer replay, timed from the indexer's start to the last record settled. Every fifth statement is a news repost
 * of the one before it, as in the genre, so pickup rounds do their real work. Logs both rates and
 * their ratio. {@code -Dindexer.bench.docs} sets N (default 2000, about 5 KB each); {@code
 * -Dindexer.bench.config=key=value,...} overrides indexer settings (e.g. {@code maxInFlightRequests=1}).
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
      Instant published = Instant.parse("2019-06-01T00:00:00Z").plusSeconds(i);
      if (i % 5 == 4) {
        String original = source + "-" + (i - 1);
        records.add(new KeyValue<>(id, StatementFixture.enriched(id, "Repost " + i, text, source + "-outlet",
            published, new DuplicateInfo(DuplicateStatus.NEAR_COPY.name(), original, original, 0.9, 0.98,
                List.of()))));
      } else {
        records.add(new KeyValue<>(id, StatementFixture.enriched(id, "Statement " + i, text, source,
            published, DuplicateInfo.original(id))));
      }
    }

    double plain;
    Cpu plainCpu;
    Cpu indexerCpu;
    try (var client = new AutoCloseableClient(ElasticsearchClients.create(es.settings()))) {
      Cpu[] window = new Cpu[1];
      plain = plainBulk(client.client, records, "bench-plain-" + source, window);
      plainCpu = window[0];
    }
    // warm up (JIT, group joined): an indexer in the group indexes a sentinel statement and stops,
    // committing its offsets; the statements are then produced, and a second indexer in the same group
    // reads them as a replay of a filled topic, so the indexer alone is timed, as in the load benchmark
    String group = KafkaCluster.uniqueName("indexer-bench");
    try (IndexerHarness warmUp = IndexerHarness.start(kafka.settings(), es.settings(), group, indexerSettings())) {
      String sentinel = source + "-sentinel";
      kafka.send(Topics.ENRICHED, sentinel, StatementFixture.enriched(sentinel, "Sentinel", text, source + "-s",
          Instant.parse("2019-06-01T00:00:00Z"), DuplicateInfo.original(sentinel)));
      await().atMost(Duration.ofMinutes(2)).until(() -> warmUp.records("indexed") >= 1
          && warmUp.statementsWhere("id", sentinel).size() == 1);
    }
    kafka.sendAll(Topics.ENRICHED, records);
    double indexer;
    try (IndexerHarness harness = IndexerHarness.start(kafka.settings(), es.settings(), group, indexerSettings())) {
      Cpu cpuAtStart = Cpu.now(harness.client);
      long started = System.nanoTime();
      long[] first = {0};
      await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(50)).until(() -> {
        double settled = harness.records("indexed");
        if (settled > 0 && first[0] == 0) {
          first[0] = System.nanoTime();
        }
        return settled >= n;
      });
      long end = System.nanoTime();
      indexerCpu = Cpu.now(harness.client).minus(cpuAtStart);
      // from the indexer's start (consumer start-up included): a window from the first record settled
      // would leave out the documents acknowledged before the first pickup round settles them
      indexer = n / ((end - started) / 1e9);
      LOG.info("indexer: {} records settled {} s after start, first settled after {} s", n,
          String.format(java.util.Locale.ROOT, "%.1f", (end - started) / 1e9),
          String.format(java.util.Locale.ROOT, "%.1f", (first[0] - started) / 1e9));
      assertThat(harness.statementsWhere("source.name", source)).hasSizeGreaterThanOrEqualTo(Math.min(n, 1000));
      if (n >= 5) {
        assertThat(harness.statementsWhere("id", source + "-3")).singleElement()
            .satisfies(doc -> assertThat(doc.at("/pickups/copy_count").asInt()).isEqualTo(1));
      }
      LOG.info("indexer settings {}, pickup refreshes {}", indexerSettings(),
          harness.registry.find("monitor.indexer.pickup.refreshes").functionCounter() == null ? "n/a"
              : harness.registry.find("monitor.indexer.pickup.refreshes").functionCounter().count());
    }
    LOG.info("throughput with {} docs: plain bulk {} docs/s, indexer {} docs/s (replay of the filled topic, from start to last settled), ratio {}",
        n, Math.round(plain), Math.round(indexer), String.format(java.util.Locale.ROOT, "%.2f", indexer / plain));
    double plainPerCpu = n / plainCpu.seconds();
    double indexerPerCpu = n / indexerCpu.seconds();
    LOG.info("CPU with {} docs: plain bulk {} docs per CPU-second (Elasticsearch {} s, test JVM {} s), indexer {} docs"
        + " per CPU-second (Elasticsearch {} s, test JVM with indexer and broker {} s), ratio {}", n,
        Math.round(plainPerCpu), plainCpu.es(), plainCpu.jvm(), Math.round(indexerPerCpu), indexerCpu.es(),
        indexerCpu.jvm(), String.format(java.util.Locale.ROOT, "%.2f", indexerPerCpu / plainPerCpu));
    assertThat(indexer).isPositive();
  }

  /**
   * CPU seconds used by the Elasticsearch node and by this JVM: on a shared machine, documents per
   * CPU-second compare the two paths better than wall-clock rates, which follow other processes' load.
   */
  private record Cpu(double es, double jvm) {
    static Cpu now(ElasticsearchClient client) throws java.io.IOException {
      var stats = client.nodes().stats(s -> s.nodeId("_local").metric("process"));
      long esMillis = stats.nodes().values().iterator().next().process().cpu().totalInMillis();
      long jvmNanos = ((com.sun.management.OperatingSystemMXBean)
          java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
      return new Cpu(esMillis / 1e3, jvmNanos / 1e9);
    }

    Cpu minus(Cpu before) {
      return new Cpu(es - before.es, jvm - before.jvm);
    }

    double seconds() {
      return es + jvm;
    }
  }

  private static double plainBulk(ElasticsearchClient client, List<KeyValue<String, EnrichedStatement>> records,
      String index, Cpu[] cpu) throws Exception {
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
    Cpu cpuAtStart = Cpu.now(client);
    long start = System.nanoTime();
    try (BulkIngester<Void> ingester = BulkIngester.of(b -> b.client(client).maxOperations(1000)
        .maxSize(5L * 1024 * 1024).maxConcurrentRequests(1))) {
      for (IndexRequest d : docs) {
        ingester.add(op -> op.index(i -> i.index(index).id(d.id()).document(BinaryData.of(d.source(),
            "application/json"))));
      }
    }
    double rate = docs.size() / ((System.nanoTime() - start) / 1e9);
    cpu[0] = Cpu.now(client).minus(cpuAtStart);
    client.indices().refresh(r -> r.index(index));
    assertThat(client.count(c -> c.index(index)).count()).isEqualTo(records.size());
    client.indices().delete(d -> d.index(index));
    return rate;
  }

  /** The indexer's defaults (the harness's quick test settings undone), with the overrides asked for. */
  private static Map<String, Object> indexerSettings() {
    IndexerConfig defaults = IndexerConfig.defaults();
    Map<String, Object> settings = new TreeMap<>(Map.of("flushIntervalMs", defaults.flushIntervalMs(),
        "pickupIntervalMs", defaults.pickupIntervalMs(), "retryInitialMs", defaults.retryInitialMs(),
        "retryMaxMs", defaults.retryMaxMs()));
    String overrides = System.getProperty("indexer.bench.config", "");
    for (String pair : overrides.split(",")) {
      if (pair.contains("=")) {
        settings.put(pair.substring(0, pair.indexOf('=')).trim(), pair.substring(pair.indexOf('=') + 1).trim());
      }
    }
    return settings;
  }

  private record AutoCloseableClient(ElasticsearchClient client) implements AutoCloseable {
    @Override
    public void close() {
      ElasticsearchClients.close(client);
    }
  }
}
