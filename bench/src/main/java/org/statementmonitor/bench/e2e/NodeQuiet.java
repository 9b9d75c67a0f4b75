package org.statementmonitor.bench.e2e;

import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits until the Elasticsearch node has finished what the pipeline's run left it to do (merges of
 * the segments its many refreshes cut, flushes) before a timed comparison starts: such background work
 * would otherwise fall into whichever side happens to run first. The node counts as quiet when no
 * merge runs and its process used less than a fifth of a core over the last second, or after a bound.
 */
final class NodeQuiet {

  private static final Logger LOG = LoggerFactory.getLogger(NodeQuiet.class);
  private static final double QUIET_CORES = 0.2;
  private static final Duration BOUND = Duration.ofSeconds(60);

  private NodeQuiet() {}

  /** Returns the seconds waited; gives up (and says so) after a minute. */
  static double await(EsHttp es) throws IOException, InterruptedException {
    long start = System.nanoTime();
    es.json("POST", "/_flush", null);
    long cpuBefore = cpuMillis(es);
    long before = System.nanoTime();
    while (System.nanoTime() - start < BOUND.toNanos()) {
      Thread.sleep(1000);
      long cpu = cpuMillis(es);
      long now = System.nanoTime();
      double cores = (cpu - cpuBefore) / ((now - before) / 1e6);
      if (cores < QUIET_CORES && mergesRunning(es) == 0) {
        double waited = (now - start) / 1e9;
        LOG.info("Elasticsearch quiet after {} s", String.format(java.util.Locale.ROOT, "%.1f", waited));
        return waited;
      }
      cpuBefore = cpu;
      before = now;
    }
    LOG.warn("Elasticsearch still busy after {}; comparing anyway", BOUND);
    return BOUND.toSeconds();
  }

  private static long cpuMillis(EsHttp es) throws IOException {
    return es.json("GET", "/_nodes/_local/stats/process", null).path("nodes").elements().next()
        .path("process").path("cpu").path("total_in_millis").asLong();
  }

  private static long mergesRunning(EsHttp es) throws IOException {
    return es.json("GET", "/_nodes/_local/stats/indices/merge", null).path("nodes").elements().next()
        .path("indices").path("merges").path("current").asLong();
  }
}
