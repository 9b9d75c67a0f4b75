package org.statementmonitor.bench.stages;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.statementmonitor.alerts.matching.RuleMatch;
import org.statementmonitor.alerts.matching.RuleMatcher;
import org.statementmonitor.alerts.rules.Rule;
import org.statementmonitor.bench.corpus.RuleGenerator;
import org.statementmonitor.common.config.MonitorConfig;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.enrich.analysis.Analyzers;
import org.statementmonitor.enrich.analysis.StatementAnalyzer;

/**
 * Stored-query matching of enriched statements against 1,000 and 10,000 generated rules with the
 * alerts module's {@link RuleMatcher}, one statement per call and in batches of 32 (score is batches
 * per second). Target: 1,000 statements/s per core with 10,000 rules.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RuleMatchingBenchmark {

  static final int BATCH = 32;

  @Param({"1000", "10000"})
  public int rules;

  private RuleMatcher matcher;
  private Corpus.Cursor<EnrichedStatement> statements;
  private List<EnrichedStatement> all;
  private int batchStart;

  @Setup(Level.Trial)
  public void setUp() {
    StatementAnalyzer analyzer = Analyzers.createDefault(MonitorConfig.empty());
    all = Corpus.statements().stream().map(s -> SerdeBenchmark.enrich(analyzer, s)).toList();
    statements = new Corpus.Cursor<>(all);
    matcher = new RuleMatcher();
    List<Rule> book = new RuleGenerator(7L).rules(rules).stream().map(r -> Rule.match(r.name(), r.query())).toList();
    var refused = matcher.replaceAll(book);
    if (!refused.isEmpty()) {
      throw new IllegalStateException(refused.size() + " generated rules refused, first: " + refused.getFirst());
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    matcher.close();
  }

  @Benchmark
  public List<RuleMatch> matchOneStatement(CpuMeter cpu) {
    long t = CpuMeter.now();
    List<RuleMatch> m = matcher.match(statements.next());
    cpu.end(t, 1);
    return m;
  }

  @Benchmark
  public List<List<RuleMatch>> matchBatchOf32(CpuMeter cpu) {
    long t = CpuMeter.now();
    List<EnrichedStatement> batch = all.subList(batchStart, batchStart + BATCH);
    batchStart = (batchStart + BATCH) % (all.size() - BATCH);
    List<List<RuleMatch>> m = matcher.match(batch);
    cpu.end(t, BATCH);
    return m;
  }
}
