package org.statementmonitor.bench.stages;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.statementmonitor.enrich.dedup.DuplicatePolicy;
import org.statementmonitor.enrich.dedup.Fingerprint;
import org.statementmonitor.enrich.dedup.Fingerprinter;
import org.statementmonitor.enrich.dedup.OfflineDuplicates;

/**
 * The duplicate stage: the fingerprint of a statement (normalisation, content segmentation, 5-word
 * shingles, 64-permutation MinHash, 20 LSH band keys, passage (sentence) keys), and the whole decision
 * against an index already holding the corpus (band and passage lookups, candidate comparison) with
 * {@link OfflineDuplicates}, the in-memory twin of the topology's stores. Target: 2,000/s per core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DuplicateBenchmark {

  private List<String> texts;
  private Corpus.Cursor<String> cursor;
  private OfflineDuplicates detector;
  private long counter;

  @Setup(Level.Trial)
  public void setUp() {
    texts = Corpus.generated().stream().map(g -> g.text()).toList();
    cursor = new Corpus.Cursor<>(texts);
  }

  /** A fresh index holding the corpus once, so every measured statement finds its earlier copies. */
  @Setup(Level.Iteration)
  public void fillIndex() {
    detector = new OfflineDuplicates(DuplicatePolicy.DEFAULT);
    for (int i = 0; i < texts.size(); i++) {
      detector.add("seen-" + i, texts.get(i));
    }
  }

  @Benchmark
  public Fingerprint fingerprint(CpuMeter cpu) {
    long t = CpuMeter.now();
    Fingerprint fp = Fingerprinter.fingerprint(cursor.next());
    cpu.end(t, 1);
    return fp;
  }

  @Benchmark
  public OfflineDuplicates.Result decideAgainstIndex(CpuMeter cpu) {
    long t = CpuMeter.now();
    OfflineDuplicates.Result r = detector.add("probe-" + (counter++), cursor.next());
    cpu.end(t, 1);
    return r;
  }
}
