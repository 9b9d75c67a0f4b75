package org.statementmonitor.bench.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Latencies of one path (raw to enriched, to indexed, to alert delivered): per statement, from the
 * time it was handed to the producer to the time it was seen at the end of the path.
 */
final class Latencies {

  /** One point: seconds since the feed started, latency in milliseconds. */
  record Point(double t, long millis) {}

  private final List<Point> points;
  private final long[] sorted;

  private Latencies(List<Point> points) {
    this.points = points;
    this.sorted = points.stream().mapToLong(Point::millis).sorted().toArray();
  }

  /** Latencies of every id seen at {@code end} that was also sent, relative to {@code feedStartMillis}. */
  static Latencies between(Map<String, Long> sent, Map<String, Long> end, long feedStartMillis) {
    List<Point> points = new ArrayList<>();
    end.forEach((id, at) -> {
      Long from = sent.get(id);
      if (from != null) {
        points.add(new Point((from - feedStartMillis) / 1000.0, Math.max(0, at - from)));
      }
    });
    points.sort((a, b) -> Double.compare(a.t(), b.t()));
    return new Latencies(points);
  }

  int count() {
    return sorted.length;
  }

  List<Point> points() {
    return points;
  }

  /** The q-quantile (nearest rank), or -1 when nothing was measured. */
  long percentile(double q) {
    if (sorted.length == 0) {
      return -1;
    }
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  /** count, p50, p95, p99, max in milliseconds. */
  Map<String, Object> summary() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("count", count());
    m.put("p50_ms", percentile(0.50));
    m.put("p95_ms", percentile(0.95));
    m.put("p99_ms", percentile(0.99));
    m.put("max_ms", sorted.length == 0 ? -1 : sorted[sorted.length - 1]);
    return m;
  }
}
