package org.statementmonitor.bench.e2e;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Turns what a run observed into the report's figures: throughput of each stage and its baseline
 * ratio, latency percentiles per path, and resource peaks and means. {@code NaN} (written as null)
 * marks a figure the run could not measure, for example alerts when the alerts service is absent.
 */
final class Figures {

  private Figures() {}

  static void throughput(Map<String, Object> f, BenchOptions options, RawFeeder feeder, Observers observers,
      WebhookReceiver webhook, long feedStart, KafkaBaseline.Result kafka, BulkBaseline.Result bulk,
      BulkBaseline.Result bulkAfter, IndexerReplay.Result replay) {
    double produced = feeder.sentAt().size() / feeder.feedSeconds();
    double enrich = rate(observers.enrichedAt.values(), feedStart);
    double pipeline = rate(observers.indexedAt.values(), feedStart);
    f.put("feed_statements_per_s", produced);
    f.put("enrich_statements_per_s", enrich);
    f.put("pipeline_statements_per_s", pipeline);
    f.put("statements_enriched", observers.enrichedAt.size());
    f.put("statements_indexed", observers.indexedAt.size());
    f.put("statements_alerted", webhook.deliveredAt.keySet().stream().filter(feeder.sentAt()::containsKey).count());
    f.put("webhook_deliveries", webhook.deliveries.get());
    f.put("statements_with_alert_raised", observers.alertRaisedAt.keySet().stream()
        .filter(feeder.sentAt()::containsKey).count());
    double produceBase = kafka == null ? Double.NaN : kafka.producePerSecond();
    double consumeBase = kafka == null ? Double.NaN : kafka.consumePerSecond();
    f.put("kafka_produce_baseline_records_per_s", produceBase);
    f.put("kafka_produce_baseline_mb_per_s", kafka == null ? Double.NaN : kafka.produceMegabytesPerSecond());
    f.put("kafka_consume_baseline_records_per_s", consumeBase);
    f.put("feed_vs_produce_baseline_ratio", produced / produceBase);
    f.put("enrich_vs_consume_baseline_ratio", enrich / consumeBase);
    f.put("pipeline_vs_produce_baseline_ratio", pipeline / produceBase);
    // with the replay, the baseline ran before and after it: their mean is the yardstick
    double bulkRate = bulk == null ? Double.NaN
        : bulkAfter == null ? bulk.docsPerSecond() : (bulk.docsPerSecond() + bulkAfter.docsPerSecond()) / 2;
    double bulkPerCpu = bulk == null ? Double.NaN
        : bulkAfter == null ? bulk.docsPerCpuSecond() : (bulk.docsPerCpuSecond() + bulkAfter.docsPerCpuSecond()) / 2;
    f.put("bulk_baseline_docs_per_s", bulkRate);
    f.put("bulk_baseline_before_replay_docs_per_s", bulk == null ? Double.NaN : bulk.docsPerSecond());
    f.put("bulk_baseline_after_replay_docs_per_s", bulkAfter == null ? Double.NaN : bulkAfter.docsPerSecond());
    f.put("bulk_baseline_docs_per_cpu_s", bulkPerCpu);
    f.put("bulk_baseline_method", BulkBaseline.describe());
    f.put("indexer_replay_documents", replay == null ? 0 : replay.documents());
    f.put("indexer_replay_docs_per_s", replay == null ? Double.NaN : replay.docsPerSecond());
    f.put("indexer_replay_startup_s", replay == null ? Double.NaN : replay.startupSeconds());
    double withStartup = replay == null ? Double.NaN
        : replay.documents() / (replay.seconds() + replay.startupSeconds());
    f.put("indexer_replay_docs_per_s_with_startup", withStartup);
    f.put("indexer_replay_docs_per_cpu_s", replay == null ? Double.NaN : replay.docsPerCpuSecond());
    // the indexer alone when the replay ran; else the pipeline's rate into Elasticsearch
    f.put("indexer_vs_bulk_ratio", (replay != null ? replay.docsPerSecond() : pipeline) / bulkRate);
    f.put("indexer_vs_bulk_ratio_with_startup", withStartup / bulkRate);
    f.put("indexer_vs_bulk_ratio_per_cpu", replay == null ? Double.NaN : replay.docsPerCpuSecond() / bulkPerCpu);
    f.put("indexer_vs_bulk_basis", replay != null
        ? "indexer replay of the same documents, from its first records taken to the last settled, against the"
            + " mean of the bulk baseline run before and after it"
        : "pipeline into Elasticsearch");
    f.put("pipeline_vs_bulk_ratio", pipeline / bulkRate);
  }

  static void latencies(Map<String, Object> f, RawFeeder feeder, Observers observers, WebhookReceiver webhook,
      long feedStart, Latencies indexed, Latencies alerted) {
    Latencies enriched = Latencies.between(feeder.sentAt(), observers.enrichedAt, feedStart);
    Latencies raised = Latencies.between(feeder.sentAt(), observers.alertRaisedAt, feedStart);
    put(f, "raw_to_enriched", enriched);
    put(f, "raw_to_indexed", indexed);
    put(f, "raw_to_alert", alerted);
    put(f, "raw_to_alert_raised", raised);
  }

  private static void put(Map<String, Object> f, String path, Latencies l) {
    f.put(path + "_p50_ms", l.percentile(0.50));
    f.put(path + "_p95_ms", l.percentile(0.95));
    f.put(path + "_p99_ms", l.percentile(0.99));
    f.put(path + "_max_ms", l.percentile(1.0));
    f.put(path + "_count", l.count());
  }

  static void resources(Map<String, Object> f, List<ResourceSampler.Sample> samples) {
    f.put("heap_used_max_mb", max(samples, ResourceSampler.Sample::heapUsedMb));
    f.put("heap_after_gc_max_mb", max(samples, ResourceSampler.Sample::heapAfterGcMb));
    f.put("process_cpu_mean", mean(samples, ResourceSampler.Sample::processCpu));
    f.put("machine_cpu_mean", mean(samples, ResourceSampler.Sample::machineCpu));
    f.put("es_cpu_mean", mean(samples, ResourceSampler.Sample::esCpu));
    f.put("es_heap_max_mb", max(samples, ResourceSampler.Sample::esHeapMb));
    f.put("threads_max", max(samples, s -> s.threads()));
    f.put("open_files_max", max(samples, s -> s.openFiles()));
    f.put("state_max_mb", max(samples, ResourceSampler.Sample::stateMb));
    f.put("consumer_lag_max", max(samples, s -> s.lag()));
  }

  /** Statements per second from the feed's start to the last arrival. */
  static double rate(Collection<Long> arrivals, long feedStart) {
    if (arrivals.isEmpty()) {
      return Double.NaN;
    }
    long last = arrivals.stream().mapToLong(Long::longValue).max().orElse(feedStart);
    return arrivals.size() / Math.max(1e-3, (last - feedStart) / 1000.0);
  }

  static double max(List<ResourceSampler.Sample> samples, ToDoubleFunction<ResourceSampler.Sample> f) {
    return samples.stream().mapToDouble(f).filter(d -> !Double.isNaN(d)).max().orElse(Double.NaN);
  }

  static double mean(List<ResourceSampler.Sample> samples, ToDoubleFunction<ResourceSampler.Sample> f) {
    return samples.stream().mapToDouble(f).filter(d -> !Double.isNaN(d) && d >= 0).average().orElse(Double.NaN);
  }
}
