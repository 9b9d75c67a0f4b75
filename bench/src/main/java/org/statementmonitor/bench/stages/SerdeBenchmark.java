package org.statementmonitor.bench.stages;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.statementmonitor.common.config.MonitorConfig;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.event.Statement;
import org.statementmonitor.common.topic.Topics;
import org.statementmonitor.enrich.analysis.Analysis;
import org.statementmonitor.enrich.analysis.Analyzers;
import org.statementmonitor.enrich.analysis.StatementAnalyzer;

/** JSON serde of the raw and enriched topic records, through the topics' own serdes. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SerdeBenchmark {

  private Corpus.Cursor<Statement> statements;
  private Corpus.Cursor<EnrichedStatement> enriched;
  private Corpus.Cursor<byte[]> statementBytes;
  private Corpus.Cursor<byte[]> enrichedBytes;

  @Setup
  public void setUp() {
    List<Statement> raw = Corpus.statements();
    StatementAnalyzer analyzer = Analyzers.createDefault(MonitorConfig.empty());
    List<EnrichedStatement> rich = raw.stream().map(s -> enrich(analyzer, s)).toList();
    statements = new Corpus.Cursor<>(raw);
    enriched = new Corpus.Cursor<>(rich);
    statementBytes = new Corpus.Cursor<>(raw.stream()
        .map(s -> Topics.RAW.valueSerde().serializer().serialize(Topics.RAW.name(), s)).toList());
    enrichedBytes = new Corpus.Cursor<>(rich.stream()
        .map(s -> Topics.ENRICHED.valueSerde().serializer().serialize(Topics.ENRICHED.name(), s)).toList());
  }

  static EnrichedStatement enrich(StatementAnalyzer analyzer, Statement s) {
    Analysis a = analyzer.analyze(s);
    return new EnrichedStatement(EnrichedStatement.SCHEMA_VERSION, s, a.language(), a.entities(), a.facts(),
        null, a.flags(), Corpus.EPOCH);
  }

  @Benchmark
  public byte[] serializeStatement(CpuMeter cpu) {
    long t = CpuMeter.now();
    byte[] out = Topics.RAW.valueSerde().serializer().serialize(Topics.RAW.name(), statements.next());
    cpu.end(t, 1);
    return out;
  }

  @Benchmark
  public Statement deserializeStatement(CpuMeter cpu) {
    long t = CpuMeter.now();
    Statement out = Topics.RAW.valueSerde().deserializer().deserialize(Topics.RAW.name(), statementBytes.next());
    cpu.end(t, 1);
    return out;
  }

  @Benchmark
  public byte[] serializeEnriched(CpuMeter cpu) {
    long t = CpuMeter.now();
    byte[] out = Topics.ENRICHED.valueSerde().serializer().serialize(Topics.ENRICHED.name(), enriched.next());
    cpu.end(t, 1);
    return out;
  }

  @Benchmark
  public EnrichedStatement deserializeEnriched(CpuMeter cpu) {
    long t = CpuMeter.now();
    EnrichedStatement out = Topics.ENRICHED.valueSerde().deserializer().deserialize(Topics.ENRICHED.name(), enrichedBytes.next());
    cpu.end(t, 1);
    return out;
  }
}
