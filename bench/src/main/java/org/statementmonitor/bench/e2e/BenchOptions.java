package org.statementmonitor.bench.e2e;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What one benchmark run does.
 *
 * @param statements statements produced to the raw topic
 * @param rate statements per second offered, or 0 for as fast as the producer goes
 * @param partitions partitions of the pipeline topics (and of the baseline topic)
 * @param enrichInstances enrich service instances (Kafka Streams instances of one application)
 * @param rules generated alert rules
 * @param report the JSON report; the Markdown table and the SVG plot are written beside it
 * @param kafka bootstrap servers of an existing cluster, or null to start the embedded broker
 * @param elasticsearch URL of an existing node, or null to start the local node
 * @param soakMinutes minutes of soak (steady load, resources sampled), or 0 for a throughput run
 * @param workDir where the embedded servers and services keep their data
 * @param seed seed of the statement and rule generators
 * @param timeoutSeconds longest wait for the pipeline to drain, after the last statement was produced
 * @param indexerReplay whether to re-index the run's statements with a second indexer after the run
 *     (it deletes the run's statements indices first); null: only when the run owns the servers
 */
public record BenchOptions(
    int statements,
    double rate,
    int partitions,
    int enrichInstances,
    int rules,
    Path report,
    String kafka,
    String elasticsearch,
    int soakMinutes,
    Path workDir,
    long seed,
    int timeoutSeconds,
    Boolean indexerReplay) {

  public BenchOptions {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(workDir, "workDir");
    if (statements < 1) {
      throw new IllegalArgumentException("--statements must be >= 1, was " + statements);
    }
    if (rate < 0) {
      throw new IllegalArgumentException("--rate must be >= 0 (0 = unthrottled), was " + rate);
    }
    if (partitions < 1 || enrichInstances < 1) {
      throw new IllegalArgumentException("--partitions and --enrich-instances must be >= 1");
    }
    if (rules < 0 || soakMinutes < 0 || timeoutSeconds < 1) {
      throw new IllegalArgumentException("--rules and --soak must be >= 0, --timeout >= 1");
    }
    if ((kafka == null) != (elasticsearch == null)) {
      throw new IllegalArgumentException("give both --kafka and --elasticsearch, or neither");
    }
  }

  /** Whether the run starts its own broker and node. */
  public boolean embedded() {
    return kafka == null;
  }

  /** Whether the indexer replay runs: as asked, else only on the embedded servers the run owns. */
  public boolean replay() {
    return indexerReplay != null ? indexerReplay : embedded();
  }
}
