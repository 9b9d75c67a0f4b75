package org.statementmonitor.bench.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.bench.corpus.GeneratedStatement;
import org.statementmonitor.bench.corpus.RuleGenerator;
import org.statementmonitor.bench.corpus.StatementGenerator;
import org.statementmonitor.common.config.KafkaSettings;
import org.statementmonitor.common.config.MonitorConfig;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.topic.TopicProvisioner;
import org.statementmonitor.common.topic.Topics;
import org.statementmonitor.indexer.mapping.IndexLayout;

/**
 * One run of the end-to-end benchmark (see the package description for the phases). The measured
 * statements are produced to the raw topic after a short warm-up batch has gone through every stage,
 * so service start-up and the first rebalance are not in the figures.
 */
public final class LoadBenchmark {

  static final String CHANNEL = "bench-hook";
  static final int WARM_UP = 20;

  private static final Logger LOG = LoggerFactory.getLogger(LoadBenchmark.class);

  private final BenchOptions options;
  private final String run = UUID.randomUUID().toString().substring(0, 6);

  public LoadBenchmark(BenchOptions options) {
    this.options = options;
  }

  /** Runs the benchmark, writes the report files and returns what was measured. */
  public BenchResult run() throws Exception {
    Files.createDirectories(options.workDir());
    String prefix = "bench-" + run;
    List<GeneratedStatement> generated = new StatementGenerator(options.seed(), prefix, Instant.now())
        .next(options.soakMinutes() > 0 ? 0 : options.statements());
    try (Clusters clusters = options.embedded() ? Clusters.startEmbedded(options.workDir())
        : Clusters.existing(options.kafka(), options.elasticsearch());
        WebhookReceiver webhook = WebhookReceiver.start()) {
      KafkaSettings kafka = clusters.kafkaSettings(options.partitions());
      EsHttp es = new EsHttp(clusters.elasticsearchUrl());
      TopicProvisioner.ensure(kafka, List.of(Topics.RAW, Topics.ENRICHED, Topics.ALERTS, Topics.DEAD_LETTERS));
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("title", title());
      describeSetup(f, clusters);
      List<RawFeeder.Record> records = generated.stream().map(g -> RawFeeder.Record.of(g.toStatement(Instant.now())))
          .toList();
      KafkaBaseline.Result kafkaBaseline = records.isEmpty() ? null
          : KafkaBaseline.run(kafka, options.partitions(), records);

      Path servicesDir = options.workDir().resolve("services-" + run);
      MonitorConfig config = pipelineConfig(webhook, servicesDir);
      try (Pipeline pipeline = new Pipeline(kafka, clusters.elasticsearchSettings(), servicesDir)) {
        pipeline.start(config, options.enrichInstances());
        f.put("services_started", pipeline.started());
        f.put("services_missing", pipeline.missing());
        warmUp(kafka, es, pipeline);
        if (options.soakMinutes() > 0) {
          return new SoakRun(options, kafka, es, webhook, servicesDir, prefix, f).run();
        }
        Map<String, String> indexOf = new HashMap<>();
        generated.forEach(g -> indexOf.put(g.id(), IndexLayout.statementsIndex(g.published())));
        RawFeeder feeder = new RawFeeder();
        try (Observers observers = new Observers(kafka, es, prefix, indexOf, true)) {
          observers.start();
          ResourceSampler.Progress progress = new ResourceSampler.Progress(() -> feeder.sentAt().size(),
              observers.enrichedAt::size, observers.indexedAt::size, webhook.deliveredAt::size);
          try (ResourceSampler sampler = new ResourceSampler(kafka, es, servicesDir, progress, 1000)) {
            ThreadCpu cpuAtStart = ThreadCpu.snapshot();
            long feedStart = System.currentTimeMillis();
            feeder.feed(kafka, records, options.rate());
            awaitDrained(pipeline, observers, webhook);
            threadCpu(f, cpuAtStart, observers.enrichedAt.size());
            List<EnrichedStatement> enriched = new ArrayList<>(observers.enriched);
            // the indexer and the plain bulk load are compared with the drained pipeline's services
            // stopped, so that neither side shares the cores with their idle loops
            pipeline.stopServices();
            BulkBaseline.Result bulk = enriched.isEmpty() ? null
                : BulkBaseline.run(es, "bench-bulk-" + run, enriched);
            IndexerReplay.Result replay = options.replay() && pipeline.has("index") && !enriched.isEmpty()
                ? IndexerReplay.run(pipeline, config, es, enriched, run) : null;
            // the baseline once more after the replay, so that a drift of the node's speed during the
            // comparison (merges after the pipeline's run, other load) weighs on both sides alike
            BulkBaseline.Result bulkAfter = replay == null ? null
                : BulkBaseline.run(es, "bench-bulk-after-" + run, enriched);
            Figures.throughput(f, options, feeder, observers, webhook, feedStart, kafkaBaseline, bulk, bulkAfter,
                replay);
            Latencies indexed = Latencies.between(feeder.sentAt(), observers.indexedAt, feedStart);
            Latencies alerted = Latencies.between(feeder.sentAt(), webhook.deliveredAt, feedStart);
            Figures.latencies(f, feeder, observers, webhook, feedStart, indexed, alerted);
            List<ResourceSampler.Sample> samples = sampler.snapshot();
            Figures.resources(f, samples);
            BenchResult result = new BenchResult(f, indexed, alerted, samples);
            BenchReport.write(result, options.report());
            return result;
          }
        }
      }
    }
  }

  /**
   * CPU milliseconds per enriched statement spent by enrich's stream threads, by all of enrich's
   * threads (with its producers' network threads), by the common fork-join pool and by the alerts
   * service's threads, while the run's statements went through.
   */
  private void threadCpu(Map<String, Object> f, ThreadCpu start, int enriched) {
    String enrich = "bench-enrich-" + run + "-";
    String alerts = "bench-alerts-" + run + "-";
    double n = Math.max(1, enriched);
    f.put("enrich_stream_threads_cpu_ms_per_statement",
        start.millisSince(t -> t.startsWith(enrich) && t.matches(".*-StreamThread-\\d+")) / n);
    f.put("enrich_all_threads_cpu_ms_per_statement", start.millisSince(t -> t.contains(enrich)) / n);
    f.put("common_pool_cpu_ms_per_statement", start.millisSince(t -> t.startsWith("ForkJoinPool.commonPool")) / n);
    f.put("alerts_threads_cpu_ms_per_statement", start.millisSince(t -> t.contains(alerts)) / n);
  }

  private String title() {
    return String.format(java.util.Locale.ROOT, "%s: %d statements, rate %s, %d partition(s), %d enrich instance(s), %d rules",
        options.soakMinutes() > 0 ? "soak " + options.soakMinutes() + " min" : "load", options.statements(),
        options.rate() > 0 ? options.rate() + "/s" : "unthrottled", options.partitions(), options.enrichInstances(),
        options.rules());
  }

  private void describeSetup(Map<String, Object> f, Clusters clusters) {
    f.put("run", run);
    f.put("started", Instant.now().toString());
    f.put("statements", options.statements());
    f.put("offered_rate_per_s", options.rate());
    f.put("partitions", options.partitions());
    f.put("enrich_instances", options.enrichInstances());
    f.put("rules", options.rules());
    f.put("servers", clusters.describe());
    f.put("machine_cpus", Runtime.getRuntime().availableProcessors());
    f.put("jvm_max_heap_mb", Runtime.getRuntime().maxMemory() / 1_000_000);
    f.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    f.put("ingest", "bypassed: statements produced straight to " + Topics.RAW.name());
  }

  private MonitorConfig pipelineConfig(WebhookReceiver webhook, Path servicesDir) throws IOException {
    Path rules = servicesDir.resolve("rules").resolve("bench-rules.yaml");
    Files.createDirectories(rules.getParent());
    Files.writeString(rules, RuleGenerator.yaml(new RuleGenerator(options.seed()).rules(options.rules()), CHANNEL));
    // ids of this run: runs against existing clusters never share consumer groups or state
    String yaml = """
        enrich:
          applicationId: bench-enrich-%1$s
        indexer:
          groupId: bench-indexer-%1$s
        alerts:
          applicationId: bench-alerts-%1$s
          rules: "%2$s"
          delivery: {groupId: bench-delivery-%1$s}
          channels:
            %3$s: {type: webhook, url: "%4$s", timeout: 10s}
        """.formatted(run, rules.toString().replace("\\", "/"), CHANNEL, webhook.url());
    return MonitorConfig.parse(yaml, "bench", System::getenv);
  }

  /** Sends a few statements through every stage and waits until they are indexed (at most 2 min). */
  private void warmUp(KafkaSettings kafka, EsHttp es, Pipeline pipeline) {
    if (!pipeline.has("enrich") || !pipeline.has("index")) {
      return;
    }
    List<GeneratedStatement> warm = new StatementGenerator(options.seed() + 1, "warm-" + run, Instant.now())
        .next(WARM_UP);
    new RawFeeder().feed(kafka, warm.stream().map(g -> RawFeeder.Record.of(g.toStatement(Instant.now()))).toList(), 0);
    long t0 = System.nanoTime();
    boolean done = waitFor(120, () -> {
      try {
        return es.existing(IndexLayout.statementsIndex(warm.getFirst().published()),
            warm.stream().map(GeneratedStatement::id).toList()).size() == warm.size();
      } catch (IOException e) {
        return false;
      }
    });
    LOG.info("warm-up of {} statements {} in {} ms", WARM_UP, done ? "indexed" : "NOT complete",
        (System.nanoTime() - t0) / 1_000_000);
  }

  private void awaitDrained(Pipeline pipeline, Observers observers, WebhookReceiver webhook) {
    int n = options.statements();
    if (!pipeline.has("enrich")) {
      LOG.warn("no enrich service on the class path: nothing reaches the enriched topic, nothing to wait for");
      return;
    }
    BooleanSupplier drained = pipeline.has("index") ? () -> observers.indexedAt.size() >= n
        : () -> observers.enrichedAt.size() >= n;
    long[] nextLog = {System.nanoTime() + 10_000_000_000L};
    BooleanSupplier done = () -> {
      if (System.nanoTime() > nextLog[0]) {
        nextLog[0] += 10_000_000_000L;
        LOG.info("progress: {} enriched, {} indexed, {} alerted of {}", observers.enrichedAt.size(),
            observers.indexedAt.size(), webhook.deliveredAt.size(), n);
      }
      return drained.getAsBoolean();
    };
    if (!waitFor(options.timeoutSeconds(), done)) {
      LOG.warn("pipeline did not drain within {} s: {} enriched, {} indexed of {}", options.timeoutSeconds(),
          observers.enrichedAt.size(), observers.indexedAt.size(), n);
    }
    // alerts trail indexing: wait until deliveries stop arriving for 3 s (30 s at most)
    long deadline = System.nanoTime() + 30_000_000_000L;
    long seen = -1;
    while (System.nanoTime() < deadline && seen != webhook.deliveries.get()) {
      seen = webhook.deliveries.get();
      waitFor(3, () -> false);
    }
  }

  static boolean waitFor(int seconds, BooleanSupplier condition) {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return condition.getAsBoolean();
  }
}
