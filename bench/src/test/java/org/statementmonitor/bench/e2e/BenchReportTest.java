package org.statementmonitor.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statementmonitor.common.json.Json;

class BenchReportTest {

  @Test
  void shouldTakeNearestRankPercentiles() {
    Map<String, Long> sent = new LinkedHashMap<>();
    Map<String, Long> seen = new LinkedHashMap<>();
    for (int i = 1; i <= 100; i++) {
      sent.put("s" + i, 1_000L);
      seen.put("s" + i, 1_000L + i);
    }

    Latencies l = Latencies.between(sent, seen, 0);

    assertThat(l.percentile(0.5)).isEqualTo(50);
    assertThat(l.percentile(0.99)).isEqualTo(99);
    assertThat(l.percentile(1.0)).isEqualTo(100);
    assertThat(Latencies.between(sent, Map.of(), 0).percentile(0.99)).isEqualTo(-1);
  }

  @Test
  void shouldWriteJsonMarkdownAndSvgBesideTheReport(@TempDir Path dir) throws Exception {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("title", "load: test");
    BenchReport.REQUIRED_KEYS.forEach(k -> figures.put(k, 12.5));
    Latencies indexed = Latencies.between(Map.of("a", 0L, "b", 500L), Map.of("a", 40L, "b", 600L), 0);
    Path report = dir.resolve("out").resolve("report.json");

    BenchReport.write(new BenchResult(figures, indexed, indexed, List.of()), report);

    JsonNode json = Json.mapper().readTree(report.toFile());
    assertThat(BenchReport.REQUIRED_KEYS).allSatisfy(k -> assertThat(json.has(k)).as(k).isTrue());
    assertThat(Files.readString(dir.resolve("out/report.md"))).contains("| pipeline_statements_per_s | 12.50 |");
    assertThat(Files.readString(dir.resolve("out/report.svg"))).startsWith("<svg").contains("<polyline");
  }

  @Test
  void shouldJudgeAGrowingHeapAsNotFlat() {
    List<ResourceSampler.Sample> samples = new java.util.ArrayList<>();
    for (int i = 0; i < 30; i++) {
      samples.add(new ResourceSampler.Sample(60 + i * 10, 0, 0, 0, 0, 0, Map.of(), 0, 100 + i * 20, 0, 0, 40, 200,
          1, 0, 0));
    }

    Map<String, Object> verdict = SoakRun.flatness(samples);

    assertThat(((Map<?, ?>) verdict.get("heap_after_gc_mb")).get("flat")).isEqualTo(false);
    assertThat(((Map<?, ?>) verdict.get("open_files")).get("flat")).isEqualTo(true);
    assertThat(verdict.get("all_flat")).isEqualTo(false);
  }
}
