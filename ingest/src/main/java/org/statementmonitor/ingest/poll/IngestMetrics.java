package org.statementmonitor.ingest.poll;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ingest meters, tagged per source: {@code monitor.ingest.items.seen} (entries found in a source),
 * {@code .items.fetched} (pages and documents downloaded), {@code .items.produced} ({@code
 * kind=new|update}), {@code .items.unchanged}, {@code .items.failed} ({@code reason=...}), {@code
 * monitor.ingest.polls} ({@code outcome=ok|failed}), {@code monitor.ingest.fetch.latency} and {@code
 * monitor.ingest.source.last.success} (epoch seconds of the last good poll).
 */
public final class IngestMetrics {

  private final MeterRegistry registry;
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();
  private final Map<String, Timer> timers = new ConcurrentHashMap<>();

  public IngestMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  public void seen(String source, int n) {
    counter("monitor.ingest.items.seen", "Entries found in a source", source, "", "").increment(n);
  }

  public void fetched(String source) {
    counter("monitor.ingest.items.fetched", "Pages and documents downloaded", source, "", "").increment();
  }

  public void produced(String source, boolean update) {
    counter("monitor.ingest.items.produced", "Statements produced to the raw topic", source, "kind",
        update ? "update" : "new").increment();
  }

  public void unchanged(String source) {
    counter("monitor.ingest.items.unchanged", "Known items found unchanged", source, "", "").increment();
  }

  public void failed(String source, String reason) {
    counter("monitor.ingest.items.failed", "Items or polls that failed, by reason", source, "reason", reason).increment();
  }

  public void poll(String source, boolean ok) {
    counters.computeIfAbsent("monitor.ingest.polls|" + source + "|" + ok, k -> Counter.builder("monitor.ingest.polls")
        .description("Polls of a source").baseUnit("polls").tag("source", source).tag("outcome", ok ? "ok" : "failed")
        .register(registry)).increment();
  }

  public void fetchLatency(String source, Duration d) {
    timers.computeIfAbsent(source, s -> Timer.builder("monitor.ingest.fetch.latency")
        .description("Time to fetch a source or an item").tag("source", s).register(registry)).record(d);
  }

  /** Registers the last-success gauge of a source, reading its status. */
  public void track(String source, SourceStatus status) {
    Gauge.builder("monitor.ingest.source.last.success", status, s -> s.lastSuccessEpochSeconds())
        .description("When the source was last polled successfully").baseUnit("seconds")
        .tag("source", source).register(registry);
  }

  private Counter counter(String name, String description, String source, String tag, String value) {
    return counters.computeIfAbsent(name + '|' + source + '|' + tag + '|' + value, k -> {
      Counter.Builder b = Counter.builder(name).description(description).baseUnit("items").tag("source", source);
      if (!tag.isEmpty()) {
        b.tag(tag, value);
      }
      return b.register(registry);
    });
  }
}
