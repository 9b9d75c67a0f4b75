package org.statementmonitor.indexer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * The indexer's meters: {@code monitor.indexer.records} by {@code outcome} (indexed, failed,
 * dead_lettered, skipped, retried) and {@code topic}; gauges of records pending, bulk requests in
 * flight and whether consumption is paused; {@code monitor.indexer.pickup.refreshes}, the refreshes
 * made to summarise pickups. The bulk latency timer lives with the bulk indexer.
 */
public final class IndexerMetrics {

  /** Outcome tag values. */
  public enum Outcome {
    INDEXED, FAILED, DEAD_LETTERED, SKIPPED, RETRIED;

    String tag() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final MeterRegistry registry;
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();

  /** Meters on {@code registry}. */
  public IndexerMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** The registry, for meters of the parts (bulk latency, Kafka client metrics). */
  public MeterRegistry registry() {
    return registry;
  }

  /** Counts one record with an outcome. */
  public void count(Outcome outcome, String topic) {
    counters.computeIfAbsent(outcome.tag() + "|" + topic, k -> Counter.builder("monitor.indexer.records")
        .description("Records of the enriched and alerts topics by what became of them")
        .baseUnit("records")
        .tag("outcome", outcome.tag())
        .tag("topic", topic)
        .register(registry)).increment();
  }

  /** Registers the gauges, read from the loop's state. */
  public void gauges(Supplier<Number> pending, Supplier<Number> inFlight, Supplier<Number> paused) {
    Gauge.builder("monitor.indexer.pending", pending, s -> s.get().doubleValue())
        .description("Records taken from Kafka and not yet acknowledged by Elasticsearch or dead-lettered")
        .baseUnit("records").strongReference(true).register(registry);
    Gauge.builder("monitor.indexer.inflight", inFlight, s -> s.get().doubleValue())
        .description("Bulk requests in flight").baseUnit("requests").strongReference(true).register(registry);
    Gauge.builder("monitor.indexer.paused", paused, s -> s.get().doubleValue())
        .description("1 while consumption is paused (Elasticsearch slow or down, or too much pending)")
        .strongReference(true).register(registry);
  }

  /**
   * Registers the counter of refreshes made by pickup rounds, read from {@code owner} (which the
   * caller keeps alive: the registry holds it weakly).
   */
  public <T> void pickupRefreshes(T owner, ToDoubleFunction<T> refreshes) {
    FunctionCounter.builder("monitor.indexer.pickup.refreshes", owner, refreshes)
        .description("Refreshes of the statements indices made to summarise the pickups of originals")
        .baseUnit("refreshes").register(registry);
  }
}
