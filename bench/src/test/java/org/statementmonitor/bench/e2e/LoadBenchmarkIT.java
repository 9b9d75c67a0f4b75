package org.statementmonitor.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.statementmonitor.common.json.Json;
import org.statementmonitor.testkit.elasticsearch.ElasticsearchExtension;
import org.statementmonitor.testkit.elasticsearch.ElasticsearchNode;
import org.statementmonitor.testkit.kafka.KafkaCluster;
import org.statementmonitor.testkit.kafka.KafkaExtension;

/**
 * Smoke test of the end-to-end benchmark on a tiny input against the test kit's broker and node: it
 * runs and writes its report, table and plot. Benchmarks are not tests: no timing is asserted.
 */
@ExtendWith({KafkaExtension.class, ElasticsearchExtension.class})
class LoadBenchmarkIT {

  @Test
  void shouldWriteTheReportWithTheRequiredKeysForATinyRun(KafkaCluster kafka, ElasticsearchNode es,
      @TempDir Path dir) throws Exception {
    Path report = dir.resolve("report.json");
    BenchOptions options = new BenchOptions(50, 0, 1, 1, 100, report, kafka.bootstrapServers(), es.url(), 0,
        dir.resolve("work"), 42, 180, true);

    new LoadBenchmark(options).run();

    JsonNode json = Json.mapper().readTree(report.toFile());
    assertThat(BenchReport.REQUIRED_KEYS).allSatisfy(key -> assertThat(json.has(key)).as(key).isTrue());
    assertThat(json.path("statements").asInt()).isEqualTo(50);
    assertThat(json.path("samples").isArray()).isTrue();
    // the indexer replay re-indexed every statement, and the baseline ran on both sides of it
    assertThat(json.path("indexer_replay_documents").asInt()).isEqualTo(json.path("statements_indexed").asInt())
        .isPositive();
    assertThat(json.path("bulk_baseline_before_replay_docs_per_s").asDouble()).isPositive();
    assertThat(json.path("bulk_baseline_after_replay_docs_per_s").asDouble()).isPositive();
    assertThat(Files.readString(dir.resolve("report.md"))).contains("| pipeline_statements_per_s |");
    assertThat(Files.readString(dir.resolve("report.svg"))).startsWith("<svg");
  }
}
