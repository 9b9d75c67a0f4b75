package org.statementmonitor.bench.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.common.config.MonitorConfig;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.ops.Metrics;
import org.statementmonitor.common.service.MonitorService;
import org.statementmonitor.common.topic.Topics;
import org.statementmonitor.indexer.mapping.StatementDocument;

/**
 * The indexer on its own, for the comparison with plain bulk indexing: once the pipeline has drained,
 * the run's statements indices are deleted and a second indexer instance, under a fresh consumer
 * group, reads the enriched topic from the start and indexes the same documents again (the alerts
 * topic is left out: the baseline has no alerts to index).
 *
 * <p>Progress is read from the replay indexer's own meter ({@code monitor.indexer.records}, records
 * settled after Elasticsearch acknowledged them), not by asking Elasticsearch: a real-time get of a
 * document not yet refreshed makes the node refresh, so polling for the documents while they are
 * written would itself slow the indexing it measures. The rate is counted from the moment the indexer
 * holds its first records ({@code monitor.indexer.pending} above zero) to the last record settled, as
 * the bulk baseline is timed from its first request: decoding, bulk requests, pickup summaries and
 * offset commits are inside the window, the consumer group's start-up (joining, first fetch) is not,
 * and is reported on its own. Once all are settled, one refresh and one look-up per index check that
 * every document is there. Only run against the embedded node, where the run owns the indices.
 */
final class IndexerReplay {

  private static final Logger LOG = LoggerFactory.getLogger(IndexerReplay.class);
  private static final String RECORDS_METER = "monitor.indexer.records";
  private static final String PENDING_METER = "monitor.indexer.pending";
  private static final long DEADLINE_NANOS = 600_000_000_000L;
  private static final int LOOKUP_IDS = 2000;
  private static final Set<String> SETTLED = Set.of("indexed", "dead_lettered", "skipped");

  /**
   * What the replay measured: documents found in Elasticsearch afterwards, the indexing time from the
   * first records taken to the last settled, and the start-up before the first records were taken.
   */
  record Result(int documents, double seconds, double docsPerSecond, double startupSeconds, CpuWindow cpu) {

    /** Documents per CPU-second of the node and this JVM together, start-up included. */
    double docsPerCpuSecond() {
      return documents / cpu.seconds();
    }
  }

  private IndexerReplay() {}

  static Result run(Pipeline pipeline, MonitorConfig config, EsHttp es, List<EnrichedStatement> statements,
      String run) throws Exception {
    Map<String, List<String>> idsByIndex = new LinkedHashMap<>();
    statements.forEach(s -> idsByIndex.computeIfAbsent(StatementDocument.indexFor(s), k -> new ArrayList<>()).add(s.id()));
    for (String index : idsByIndex.keySet()) {
      es.json("DELETE", "/" + index, null);
    }
    // statements only: the bulk baseline has no alerts to index either
    NodeQuiet.await(es);
    MonitorConfig replayConfig = config.with("indexer", Map.of("groupId", "bench-replay-" + run, "indexAlerts", false));
    MeterRegistry registry = Metrics.newRegistry();
    CpuWindow cpuAtStart = CpuWindow.now(es);
    long started = System.nanoTime();
    MonitorService indexer = pipeline.startOne(Pipeline.factories().get("index"), replayConfig, "index-replay",
        registry);
    long working = 0;
    long last = 0;
    try {
      double settled = 0;
      while (settled < statements.size() && System.nanoTime() - started < DEADLINE_NANOS) {
        Thread.sleep(20);
        double now = settled(registry);
        if (working == 0 && (now > 0 || pending(registry) > 0)) {
          working = System.nanoTime();
        }
        if (now > settled) {
          settled = now;
          last = System.nanoTime();
        }
      }
    } finally {
      indexer.close();
    }
    CpuWindow cpu = CpuWindow.now(es).since(cpuAtStart);
    int found = 0;
    for (var e : idsByIndex.entrySet()) {
      es.json("POST", "/" + e.getKey() + "/_refresh", null);
      List<String> ids = e.getValue();
      for (int from = 0; from < ids.size(); from += LOOKUP_IDS) {
        found += existing(es, e.getKey(), ids.subList(from, Math.min(ids.size(), from + LOOKUP_IDS)));
      }
    }
    String stats = indexStats(es, idsByIndex.keySet());
    working = working == 0 ? started : working;
    double seconds = Math.max(1e-3, (last - working) / 1e9);
    double startup = (working - started) / 1e9;
    LOG.info("indexer replay: {} of {} documents in {} s after a start-up of {} s, {}; {}", found,
        statements.size(), String.format(java.util.Locale.ROOT, "%.2f", seconds),
        String.format(java.util.Locale.ROOT, "%.2f", startup), cpu, stats);
    return new Result(found, seconds, found / seconds, startup, cpu);
  }

  /** Index operations (documents and updates), refreshes and merges the replay caused, for the log. */
  private static String indexStats(EsHttp es, Set<String> indices) {
    try {
      JsonNode total = es.json("GET", "/" + String.join(",", indices) + "/_stats/indexing,refresh,merge,search,get", null)
          .path("_all").path("primaries");
      return "index operations " + total.path("indexing").path("index_total").asLong()
          + " (" + total.path("indexing").path("index_time_in_millis").asLong() + " ms), refreshes "
          + total.path("refresh").path("total").asLong() + " (" + total.path("refresh")
          .path("total_time_in_millis").asLong() + " ms), merges " + total.path("merges").path("total").asLong()
          + " (" + total.path("merges").path("total_time_in_millis").asLong() + " ms), searches "
          + total.path("search").path("query_total").asLong() + " (" + total.path("search")
          .path("query_time_in_millis").asLong() + " ms query, " + total.path("search").path("fetch_time_in_millis")
          .asLong() + " ms fetch), gets " + total.path("get").path("total").asLong() + " ("
          + total.path("get").path("time_in_millis").asLong() + " ms)";
    } catch (IOException e) {
      return "no index statistics: " + e;
    }
  }

  /** Records the replay indexer has taken from Kafka and not yet settled. */
  private static double pending(MeterRegistry registry) {
    var gauge = registry.find(PENDING_METER).gauge();
    return gauge == null ? 0 : gauge.value();
  }

  /** Statements the replay indexer has settled (indexed, dead-lettered or skipped); alerts not counted. */
  private static double settled(MeterRegistry registry) {
    return registry.find(RECORDS_METER).tag("topic", Topics.ENRICHED.name()).counters().stream()
        .filter(c -> SETTLED.contains(c.getId().getTag("outcome")))
        .mapToDouble(Counter::count).sum();
  }

  private static int existing(EsHttp es, String index, List<String> ids) {
    try {
      return es.existing(index, ids).size();
    } catch (IOException e) {
      LOG.warn("cannot look up replayed documents in {}: {}", index, e.toString());
      return 0;
    }
  }
}
