package org.statementmonitor.bench.e2e;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.bench.corpus.GeneratedStatement;
import org.statementmonitor.bench.corpus.StatementGenerator;
import org.statementmonitor.common.config.KafkaSettings;
import org.statementmonitor.indexer.mapping.IndexLayout;

/**
 * The soak mode: steady load at the offered rate for the given minutes, sampling every {@value
 * #PERIOD_MS} ms heap after collection, open files, threads and the services' state size, then
 * judging whether each stayed flat: the median of the last third of the samples may exceed the median
 * of the first third (after a one-minute warm-up) by at most 20 % plus a small absolute slack.
 */
final class SoakRun {

  static final long PERIOD_MS = 10_000;

  private static final Logger LOG = LoggerFactory.getLogger(SoakRun.class);

  private final BenchOptions options;
  private final KafkaSettings kafka;
  private final EsHttp es;
  private final WebhookReceiver webhook;
  private final java.nio.file.Path servicesDir;
  private final String prefix;
  private final Map<String, Object> f;

  SoakRun(BenchOptions options, KafkaSettings kafka, EsHttp es, WebhookReceiver webhook,
      java.nio.file.Path servicesDir, String prefix, Map<String, Object> figures) {
    this.options = options;
    this.kafka = kafka;
    this.es = es;
    this.webhook = webhook;
    this.servicesDir = servicesDir;
    this.prefix = prefix;
    this.f = figures;
  }

  BenchResult run() throws Exception {
    StatementGenerator generator = new StatementGenerator(options.seed(), prefix, Instant.now());
    Map<String, String> indexOf = new java.util.concurrent.ConcurrentHashMap<>();
    RawFeeder feeder = new RawFeeder();
    try (Observers observers = new Observers(kafka, es, prefix, indexOf, false)) {
      observers.start();
      ResourceSampler.Progress progress = new ResourceSampler.Progress(() -> feeder.sentAt().size(),
          observers.enrichedAt::size, observers.indexedAt::size, webhook.deliveredAt::size);
      try (ResourceSampler sampler = new ResourceSampler(kafka, es, servicesDir, progress, PERIOD_MS)) {
        long feedStart = System.currentTimeMillis();
        long end = feedStart + options.soakMinutes() * 60_000L;
        int chunk = (int) Math.max(1, Math.round(options.rate() * 10));
        while (System.currentTimeMillis() < end) {
          List<GeneratedStatement> batch = generator.next(chunk);
          batch.forEach(g -> indexOf.put(g.id(), IndexLayout.statementsIndex(g.published())));
          feeder.feed(kafka, batch.stream().map(g -> RawFeeder.Record.of(g.toStatement(Instant.now()))).toList(),
              options.rate());
        }
        LoadBenchmark.waitFor(60, () -> observers.indexedAt.size() >= feeder.sentAt().size());
        Latencies indexed = Latencies.between(feeder.sentAt(), observers.indexedAt, feedStart);
        Latencies alerted = Latencies.between(feeder.sentAt(), webhook.deliveredAt, feedStart);
        f.put("statements", feeder.sentAt().size());
        f.put("pipeline_statements_per_s", Figures.rate(observers.indexedAt.values(), feedStart));
        f.put("bulk_baseline_docs_per_s", Double.NaN);
        f.put("indexer_vs_bulk_ratio", Double.NaN);
        f.put("raw_to_indexed_p99_ms", indexed.percentile(0.99));
        f.put("raw_to_alert_p99_ms", alerted.percentile(0.99));
        f.put("raw_to_indexed_p50_ms", indexed.percentile(0.5));
        f.put("raw_to_alert_p50_ms", alerted.percentile(0.5));
        List<ResourceSampler.Sample> samples = sampler.snapshot();
        Figures.resources(f, samples);
        f.put("soak", flatness(samples));
        BenchResult result = new BenchResult(f, indexed, alerted, samples);
        BenchReport.write(result, options.report());
        return result;
      }
    }
  }

  static Map<String, Object> flatness(List<ResourceSampler.Sample> samples) {
    List<ResourceSampler.Sample> steady = samples.stream().filter(s -> s.t() >= 60).toList();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("samples", steady.size());
    check(out, "heap_after_gc_mb", steady, ResourceSampler.Sample::heapAfterGcMb, 50);
    check(out, "open_files", steady, s -> s.openFiles(), 20);
    check(out, "threads", steady, s -> s.threads(), 5);
    check(out, "state_mb", steady, ResourceSampler.Sample::stateMb, 5);
    out.put("all_flat", out.values().stream().filter(v -> v instanceof Map).allMatch(v ->
        Boolean.TRUE.equals(((Map<?, ?>) v).get("flat"))));
    LOG.info("soak flatness: {}", out);
    return out;
  }

  private static void check(Map<String, Object> out, String name, List<ResourceSampler.Sample> steady,
      ToDoubleFunction<ResourceSampler.Sample> f, double slack) {
    Map<String, Object> m = new HashMap<>();
    if (steady.size() < 3) {
      m.put("flat", null);
      m.put("reason", "fewer than 3 samples after the first minute");
    } else {
      int third = steady.size() / 3;
      double first = median(steady.subList(0, third), f);
      double last = median(steady.subList(steady.size() - third, steady.size()), f);
      m.put("first_third_median", first);
      m.put("last_third_median", last);
      m.put("flat", last <= first * 1.2 + slack);
    }
    out.put(name, m);
  }

  private static double median(List<ResourceSampler.Sample> samples, ToDoubleFunction<ResourceSampler.Sample> f) {
    double[] v = samples.stream().mapToDouble(f).sorted().toArray();
    return v.length == 0 ? Double.NaN : v[v.length / 2];
  }
}
