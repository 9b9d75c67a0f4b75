package org.statementmonitor.bench.e2e;

import picocli.CommandLine;

/**
 * Runs the benchmark without the launcher: {@code java -cp bench/target/benchmarks.jar
 * org.statementmonitor.bench.e2e.BenchMain --statements 2000}.
 */
public final class BenchMain {

  private BenchMain() {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchCommand()).execute(args));
  }
}
