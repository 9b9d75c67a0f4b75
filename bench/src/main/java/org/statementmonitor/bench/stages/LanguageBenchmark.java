package org.statementmonitor.bench.stages;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.statementmonitor.common.event.LanguageInfo;
import org.statementmonitor.enrich.language.LanguageIdentifier;

/** Language identification of whole statements and their differing paragraphs (letterheads). */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LanguageBenchmark {

  private LanguageIdentifier identifier;
  private Corpus.Cursor<String> texts;

  @Setup
  public void setUp() {
    LanguageIdentifier.warmUp();
    identifier = new LanguageIdentifier();
    texts = new Corpus.Cursor<>(Corpus.generated().stream().map(g -> g.text()).toList());
  }

  @Benchmark
  public LanguageInfo identifyLanguage(CpuMeter cpu) {
    long t = CpuMeter.now();
    LanguageInfo info = identifier.identify(texts.next());
    cpu.end(t, 1);
    return info;
  }
}
