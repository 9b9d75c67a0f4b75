package org.statementmonitor.bench.stages;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.statementmonitor.bench.corpus.DocumentRenderer;
import org.statementmonitor.bench.corpus.GeneratedStatement;

/**
 * Text extraction of fetched documents: generated statements rendered as a site's HTML page (jsoup:
 * parse, drop page furniture, text of the article) and as PDF (Tika's auto-detecting parser).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractionBenchmark {

  private Corpus.Cursor<byte[]> html;
  private Corpus.Cursor<byte[]> pdf;
  private AutoDetectParser tika;

  @Setup
  public void setUp() {
    List<GeneratedStatement> corpus = Corpus.generated();
    html = new Corpus.Cursor<>(corpus.stream().map(DocumentRenderer::html).toList());
    pdf = new Corpus.Cursor<>(corpus.stream().limit(64).map(DocumentRenderer::pdf).toList());
    tika = new AutoDetectParser();
  }

  @Benchmark
  public String extractHtml() {
    Document doc = Jsoup.parse(new String(html.next(), StandardCharsets.UTF_8), "https://example.org/");
    doc.select("script, style, nav, aside, footer, .cookie-banner, .share-bar").remove();
    Document.OutputSettings settings = doc.outputSettings();
    settings.prettyPrint(false);
    var article = doc.selectFirst("article");
    return (article != null ? article : doc.body()).wholeText();
  }

  @Benchmark
  public String extractPdf() throws Exception {
    BodyContentHandler handler = new BodyContentHandler(1_000_000);
    tika.parse(new ByteArrayInputStream(pdf.next()), handler, new Metadata(), new ParseContext());
    return handler.toString();
  }
}
