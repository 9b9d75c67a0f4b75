package org.statementmonitor.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IngestMetricsTest {

  @Test
  void shouldExposePerSourceMetersUnderTheDocumentedNames() {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    IngestMetrics metrics = new IngestMetrics(registry);
    SourceStatus status = new SourceStatus("feed");
    metrics.track("un-press", status);
    metrics.seen("un-press", 3);
    metrics.fetched("un-press");
    metrics.produced("un-press", false);
    metrics.produced("un-press", true);
    metrics.unchanged("un-press");
    metrics.failed("un-press", "too-large");
    metrics.poll("un-press", true);
    metrics.fetchLatency("un-press", Duration.ofMillis(120));
    status.succeeded(Instant.ofEpochSecond(1_700_000_000));

    assertThat(registry.scrape()).contains(
        "monitor_ingest_items_seen_items_total{source=\"un-press\"} 3.0",
        "monitor_ingest_items_fetched_items_total{source=\"un-press\"} 1.0",
        "monitor_ingest_items_produced_items_total{kind=\"new\",source=\"un-press\"} 1.0",
        "monitor_ingest_items_produced_items_total{kind=\"update\",source=\"un-press\"} 1.0",
        "monitor_ingest_items_unchanged_items_total{source=\"un-press\"} 1.0",
        "monitor_ingest_items_failed_items_total{reason=\"too-large\",source=\"un-press\"} 1.0",
        "monitor_ingest_polls_total{outcome=\"ok\",source=\"un-press\"} 1.0",
        "monitor_ingest_fetch_latency_seconds_count{source=\"un-press\"} 1",
        "monitor_ingest_source_last_success_seconds{source=\"un-press\"} 1.7E9");
    assertThat(status.report()).containsEntry("status", "OK").containsEntry("itemsSeen", 0L);
  }

  @Test
  void shouldShowAFailingSourceWithItsError() {
    SourceStatus status = new SourceStatus("sitemap");
    status.failedPoll(Instant.now(), "HTTP 503");
    status.failedPoll(Instant.now(), "HTTP 503");
    assertThat(status.report()).containsEntry("status", "FAILING").containsEntry("consecutiveFailures", 2)
        .containsEntry("lastError", "HTTP 503");
    assertThat(new SourceStatus("feed").report()).containsEntry("status", "PENDING");
  }
}
