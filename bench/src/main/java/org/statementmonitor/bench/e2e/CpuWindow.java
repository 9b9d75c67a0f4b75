package org.statementmonitor.bench.e2e;

import java.io.IOException;
import java.lang.management.ManagementFactory;

/**
 * CPU seconds used by the Elasticsearch node and by this JVM (broker and services included) between
 * two readings. On a machine whose cores other work shares, documents per CPU-second compare two
 * indexing paths better than wall-clock rates, which follow the other processes' load.
 */
record CpuWindow(double elasticsearchSeconds, double jvmSeconds) {

  /** The totals now. */
  static CpuWindow now(EsHttp es) throws IOException {
    long esMillis = es.json("GET", "/_nodes/_local/stats/process", null).path("nodes").elements().next()
        .path("process").path("cpu").path("total_in_millis").asLong();
    long jvmNanos = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
    return new CpuWindow(esMillis / 1e3, jvmNanos / 1e9);
  }

  /** What was used since {@code before}. */
  CpuWindow since(CpuWindow before) {
    return new CpuWindow(elasticsearchSeconds - before.elasticsearchSeconds, jvmSeconds - before.jvmSeconds);
  }

  double seconds() {
    return elasticsearchSeconds + jvmSeconds;
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "CPU %.2f s (Elasticsearch %.2f s, this JVM %.2f s)", seconds(),
        elasticsearchSeconds, jvmSeconds);
  }
}
