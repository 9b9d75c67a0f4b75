package org.statementmonitor.bench.e2e;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.common.config.MonitorConfig;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.service.MonitorService;
import org.statementmonitor.indexer.mapping.StatementDocument;

/**
 * The indexer on its own, for the comparison with plain bulk indexing: once the pipeline has drained,
 * the run's statements indices are deleted and a second indexer instance, under a fresh consumer
 * group, reads the enriched topic from the start and indexes the same documents again. Its rate is
 * counted from the first to the last document seen in Elasticsearch, so consumer start-up is left out.
 * Only run against the embedded node, where the run owns the indices.
 */
final class IndexerReplay {

  private static final Logger LOG = LoggerFactory.getLogger(IndexerReplay.class);

  record Result(int documents, double seconds, double docsPerSecond) {}

  private IndexerReplay() {}

  static Result run(Pipeline pipeline, MonitorConfig config, EsHttp es, List<EnrichedStatement> statements,
      String run) throws Exception {
    Map<String, List<String>> idsByIndex = new LinkedHashMap<>();
    statements.forEach(s -> idsByIndex.computeIfAbsent(StatementDocument.indexFor(s), k -> new ArrayList<>()).add(s.id()));
    for (String index : idsByIndex.keySet()) {
      es.json("DELETE", "/" + index, null);
    }
    MonitorConfig replayConfig = config.with("indexer", Map.of("groupId", "bench-replay-" + run));
    MonitorService indexer = pipeline.startOne(Pipeline.factories().get("index"), replayConfig, "index-replay");
    try {
      Set<String> pending = new TreeSet<>();
      idsByIndex.values().forEach(pending::addAll);
      long first = 0;
      long last = 0;
      long deadline = System.nanoTime() + 600_000_000_000L;
      while (!pending.isEmpty() && System.nanoTime() < deadline) {
        for (var e : idsByIndex.entrySet()) {
          List<String> ask = e.getValue().stream().filter(pending::contains).limit(2000).toList();
          if (ask.isEmpty()) {
            continue;
          }
          List<String> found = existing(es, e.getKey(), ask);
          if (!found.isEmpty()) {
            long now = System.nanoTime();
            first = first == 0 ? now : first;
            last = now;
            found.forEach(pending::remove);
          }
        }
        Thread.sleep(50);
      }
      int indexed = statements.size() - pending.size();
      double seconds = Math.max(1e-3, (last - first) / 1e9);
      LOG.info("indexer replay: {} documents in {} s", indexed, seconds);
      return new Result(indexed, seconds, indexed / seconds);
    } finally {
      indexer.close();
    }
  }

  private static List<String> existing(EsHttp es, String index, List<String> ids) {
    try {
      return es.existing(index, ids);
    } catch (IOException e) {
      return List.of();
    }
  }
}
