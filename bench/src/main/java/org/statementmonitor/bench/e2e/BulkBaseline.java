package org.statementmonitor.bench.e2e;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.json.Json;
import org.statementmonitor.indexer.mapping.IndexTemplates;
import org.statementmonitor.indexer.mapping.StatementDocument;

/**
 * Plain bulk indexing of the documents the indexer wrote, into a separate index of the same node with
 * the statements template's settings and mappings: NDJSON bulks of {@value #BULK_DOCS} documents (or 5
 * MB), one request in flight, no client library. This is the node's own ceiling the indexer is
 * compared with.
 */
final class BulkBaseline {

  static final int BULK_DOCS = 1000;
  static final int BULK_BYTES = 5 * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(BulkBaseline.class);

  /** What the baseline measured. */
  record Result(String index, int documents, int failed, double seconds, double docsPerSecond, CpuWindow cpu) {

    /** Documents per CPU-second of the node and this JVM together. */
    double docsPerCpuSecond() {
      return documents / cpu.seconds();
    }
  }

  private BulkBaseline() {}

  static Result run(EsHttp es, String index, List<EnrichedStatement> statements)
      throws IOException, InterruptedException {
    ObjectNode template = IndexTemplates.configured(IndexTemplates.STATEMENTS_RESOURCE, 0, "1s");
    ObjectNode body = Json.mapper().createObjectNode();
    body.set("settings", template.path("template").path("settings").deepCopy());
    body.set("mappings", template.path("template").path("mappings").deepCopy());
    es.json("DELETE", "/" + index, null);
    es.json("PUT", "/" + index, body);
    StatementDocument mapper = new StatementDocument(5000);
    NodeQuiet.await(es);
    List<byte[]> docs = statements.stream().map(s -> Json.toBytes(mapper.toDocument(s))).toList();
    byte[][] actions = statements.stream().map(s -> Json.toBytes(Map.of("index", Map.of("_index", index,
        "_id", s.id())))).toArray(byte[][]::new);
    int failed = 0;
    CpuWindow cpuAtStart = CpuWindow.now(es);
    long start = System.nanoTime();
    ByteArrayOutputStream bulk = new ByteArrayOutputStream(BULK_BYTES + 65536);
    int inBulk = 0;
    for (int i = 0; i < docs.size(); i++) {
      bulk.write(actions[i]);
      bulk.write('\n');
      bulk.write(docs.get(i));
      bulk.write('\n');
      if (++inBulk == BULK_DOCS || bulk.size() >= BULK_BYTES || i == docs.size() - 1) {
        failed += es.bulk(bulk.toByteArray());
        bulk.reset();
        inBulk = 0;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    CpuWindow cpu = CpuWindow.now(es).since(cpuAtStart);
    es.json("POST", "/" + index + "/_refresh", null);
    var stats = es.json("GET", "/" + index + "/_stats/indexing,refresh,merge", null).path("_all").path("primaries");
    LOG.info("bulk baseline: {} documents into {} in {} s ({} failed), {}; index operations {} ({} ms), refreshes {}"
        + " ({} ms), merges {} ({} ms)", docs.size(), index, String.format(java.util.Locale.ROOT, "%.2f", seconds),
        failed, cpu, stats.path("indexing").path("index_total").asLong(),
        stats.path("indexing").path("index_time_in_millis").asLong(), stats.path("refresh").path("total").asLong(),
        stats.path("refresh").path("total_time_in_millis").asLong(), stats.path("merges").path("total").asLong(),
        stats.path("merges").path("total_time_in_millis").asLong());
    es.json("DELETE", "/" + index, null);
    return new Result(index, docs.size(), failed, seconds, docs.size() / seconds, cpu);
  }

  static String describe() {
    return "NDJSON _bulk of " + BULK_DOCS + " docs or 5 MB, one request in flight, statements template"
        + " settings and mappings";
  }
}
