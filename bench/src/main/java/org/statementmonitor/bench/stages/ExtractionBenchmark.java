package org.statementmonitor.bench.stages;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.statementmonitor.bench.corpus.DocumentRenderer;
import org.statementmonitor.bench.corpus.GeneratedStatement;
import org.statementmonitor.ingest.extract.DocumentExtractor;
import org.statementmonitor.ingest.extract.ExtractedDocument;

/**
 * Text extraction of fetched documents as ingest does it ({@link DocumentExtractor}): generated
 * statements rendered as a site's HTML page (charset decoding, jsoup, page furniture removed, main
 * content picked) and as PDF (Tika, on its own thread under a deadline).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractionBenchmark {

  private Corpus.Cursor<byte[]> html;
  private Corpus.Cursor<byte[]> pdf;
  private DocumentExtractor extractor;

  @Setup
  public void setUp() {
    List<GeneratedStatement> corpus = Corpus.generated();
    html = new Corpus.Cursor<>(corpus.stream().map(DocumentRenderer::html).toList());
    pdf = new Corpus.Cursor<>(corpus.stream().limit(64).map(DocumentRenderer::pdf).toList());
    extractor = new DocumentExtractor(2_000_000, Duration.ofSeconds(30));
  }

  @TearDown
  public void tearDown() {
    extractor.close();
  }

  @Benchmark
  public ExtractedDocument extractHtml(CpuMeter cpu) throws Exception {
    long t = CpuMeter.now();
    ExtractedDocument doc = extractor.extract(html.next(), "text/html; charset=utf-8", "https://example.org/news/a.html");
    cpu.end(t, 1);
    return doc;
  }

  /** The PDF parse runs on Tika's own thread, so CPU time here undercounts it: read the wall-clock score. */
  @Benchmark
  public ExtractedDocument extractPdf(CpuMeter cpu) throws Exception {
    long t = CpuMeter.now();
    ExtractedDocument doc = extractor.extract(pdf.next(), "application/pdf", "https://example.org/files/a.pdf");
    cpu.end(t, 1);
    return doc;
  }
}
