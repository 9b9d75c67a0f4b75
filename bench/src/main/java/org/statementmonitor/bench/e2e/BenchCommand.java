package org.statementmonitor.bench.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/monitor bench}: the end-to-end load benchmark. Prints the Markdown table and writes the
 * JSON report, the table ({@code .md}) and the latency plot ({@code .svg}) beside {@code --report}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Runs the pipeline under generated load and measures it against plain Kafka and plain",
        "Elasticsearch bulk indexing of the same records in the same run. Statements go straight to the",
        "raw topic (HTTP ingest is not part of the measurement)."})
public final class BenchCommand implements Callable<Integer> {

  @Option(names = "--statements", defaultValue = "2000", description = "statements to produce (default ${DEFAULT-VALUE})")
  int statements;

  @Option(names = "--rate", defaultValue = "0", description = "statements/s offered; 0 = as fast as possible (default)")
  double rate;

  @Option(names = "--partitions", defaultValue = "3", description = "partitions of the pipeline topics (default ${DEFAULT-VALUE})")
  int partitions;

  @Option(names = "--enrich-instances", defaultValue = "1", description = "enrich service instances (default ${DEFAULT-VALUE})")
  int enrichInstances;

  @Option(names = "--rules", defaultValue = "1000", description = "generated alert rules (default ${DEFAULT-VALUE})")
  int rules;

  @Option(names = "--report", defaultValue = "bench-report.json", description = "JSON report; .md and .svg beside it")
  Path report;

  @Option(names = "--kafka", description = "bootstrap servers of an existing cluster (with --elasticsearch)")
  String kafka;

  @Option(names = "--elasticsearch", description = "URL of an existing Elasticsearch node (with --kafka)")
  String elasticsearch;

  @Option(names = "--soak", defaultValue = "0", paramLabel = "MINUTES",
      description = "steady load for MINUTES at --rate (default 50/s), sampling heap, files, threads, state")
  int soakMinutes;

  @Option(names = "--work-dir", description = "data of the embedded servers and services (default: a temporary directory)")
  Path workDir;

  @Option(names = "--seed", defaultValue = "42", description = "generator seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--timeout", defaultValue = "600", description = "seconds to wait for the pipeline to drain")
  int timeoutSeconds;

  @Option(names = "--replay", negatable = true, description = "after the run, re-index its statements with a"
      + " second indexer to compare with the bulk baseline; deletes the run's statements indices first"
      + " (default: only on the embedded servers)")
  Boolean replay;

  @Override
  public Integer call() throws Exception {
    Path dir = workDir != null ? workDir : Files.createTempDirectory("monitor-bench");
    double offered = soakMinutes > 0 && rate == 0 ? 50 : rate;
    BenchOptions options = new BenchOptions(statements, offered, partitions, enrichInstances, rules,
        report.toAbsolutePath(), kafka, elasticsearch, soakMinutes, dir, seed, timeoutSeconds, replay);
    BenchResult result = new LoadBenchmark(options).run();
    System.out.println(BenchReport.markdown(result));
    System.out.println("report: " + options.report());
    return 0;
  }
}
