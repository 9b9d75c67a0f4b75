package org.statementmonitor.bench.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.statementmonitor.common.json.Json;

/**
 * Writes a run's results: the JSON report at {@code --report} (the figures, then the resource and lag
 * samples over time), the Markdown table beside it ({@code .md}) and the latency plot ({@code .svg}).
 */
final class BenchReport {

  /** Keys every report carries. */
  static final List<String> REQUIRED_KEYS = List.of("pipeline_statements_per_s", "bulk_baseline_docs_per_s",
      "indexer_vs_bulk_ratio", "raw_to_indexed_p99_ms", "raw_to_alert_p99_ms");

  private BenchReport() {}

  static void write(BenchResult result, Path report) throws IOException {
    Path dir = report.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Map<String, Object> json = new LinkedHashMap<>();
    // JSON has no NaN: a figure the run could not measure is null
    result.figures().forEach((k, v) -> json.put(k, v instanceof Double d && d.isNaN() ? null : v));
    json.put("samples", result.samples());
    Files.write(report, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(json));
    Files.writeString(sibling(report, ".md"), markdown(result), StandardCharsets.UTF_8);
    Files.writeString(sibling(report, ".svg"), LatencyPlot.svg(String.valueOf(result.figures().get("title")),
        result.indexed().points(), result.alerted().points()), StandardCharsets.UTF_8);
  }

  static Path sibling(Path report, String extension) {
    String name = report.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return report.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + extension);
  }

  /** The figures as a Markdown table: figure, value, baseline ratio where there is one. */
  static String markdown(BenchResult result) {
    Map<String, Object> f = result.figures();
    StringBuilder md = new StringBuilder();
    md.append("### ").append(f.get("title")).append("\n\n");
    md.append("| figure | value |\n|---|---|\n");
    f.forEach((key, value) -> {
      if (!(value instanceof Map) && !(value instanceof List) && !"title".equals(key)) {
        md.append("| ").append(key).append(" | ").append(format(value)).append(" |\n");
      }
    });
    return md.toString();
  }

  private static String format(Object value) {
    if (value instanceof Double d) {
      return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, d >= 100 ? "%.0f" : "%.2f", d);
    }
    return String.valueOf(value);
  }
}
