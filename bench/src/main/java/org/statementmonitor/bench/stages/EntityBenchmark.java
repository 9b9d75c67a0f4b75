package org.statementmonitor.bench.stages;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.statementmonitor.common.config.MonitorConfig;
import org.statementmonitor.common.event.Statement;
import org.statementmonitor.enrich.analysis.Analysis;
import org.statementmonitor.enrich.analysis.Analyzers;
import org.statementmonitor.enrich.analysis.StatementAnalyzer;

/**
 * The enrich analysis of one statement as the topology runs it: {@code
 * Analyzers.createDefault(MonitorConfig.empty())} (language, entities, watchlist links, facts).
 * Target: 300 statements/s per core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EntityBenchmark {

  private StatementAnalyzer analyzer;
  private Corpus.Cursor<Statement> statements;

  @Setup
  public void setUp() {
    analyzer = Analyzers.createDefault(MonitorConfig.empty());
    statements = new Corpus.Cursor<>(Corpus.statements());
  }

  @Benchmark
  public Analysis analyzeStatement(CpuMeter cpu) {
    long t = CpuMeter.now();
    Analysis a = analyzer.analyze(statements.next());
    cpu.end(t, 1);
    return a;
  }
}
