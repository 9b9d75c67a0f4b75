package org.statementmonitor.ingest.extract;

import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.DublinCore;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;

/**
 * Extracts text and metadata from PDF, DOCX, DOC, ODT, RTF, plain text and whatever else Apache Tika's
 * standard parsers read, with bounds on time and memory: at most {@code maxChars} characters of text
 * are kept; Tika's secure content handler refuses output more than 100 times the input (zip bombs)
 * and nesting deeper than 100 elements or 10 package levels; and parsing runs on its own (virtual)
 * thread under a deadline, after which the document is given up.
 */
public final class TikaExtractor implements AutoCloseable {

  private static final long MAX_COMPRESSION_RATIO = 100;
  private static final int MAX_DEPTH = 100;
  private static final int MAX_PACKAGE_DEPTH = 10;

  private final AutoDetectParser parser;
  private final int maxChars;
  private final Duration timeout;
  private final ExecutorService executor = Executors.newThreadPerTaskExecutor(
      Thread.ofVirtual().name("tika-", 0).factory());

  public TikaExtractor(int maxChars, Duration timeout) {
    this.maxChars = maxChars;
    this.timeout = timeout;
    this.parser = new AutoDetectParser();
    AutoDetectParserConfig limits = new AutoDetectParserConfig();
    limits.setOutputThreshold(Math.min(maxChars, 1_000_000));
    limits.setMaximumCompressionRatio(MAX_COMPRESSION_RATIO);
    limits.setMaximumDepth(MAX_DEPTH);
    limits.setMaximumPackageEntryDepth(MAX_PACKAGE_DEPTH);
    parser.setAutoDetectParserConfig(limits);
  }

  /**
   * Extracts a document.
   *
   * @param declaredType the HTTP or upload content type, or null (Tika detects from the bytes)
   * @param name a file name hint (from the URL or upload), or null
   * @throws ExtractionException parse-timeout, zip-bomb, encrypted or parse-failed
   */
  public ExtractedDocument extract(byte[] bytes, String declaredType, String name)
      throws ExtractionException, InterruptedException {
    Future<ExtractedDocument> future = executor.submit(() -> parse(bytes, declaredType, name));
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new ExtractionException("parse-timeout", "no text within " + timeout.toMillis() + " ms", e);
    } catch (InterruptedException e) {
      future.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      String reason = reasonOf(cause);
      throw new ExtractionException(reason, String.valueOf(cause.getMessage()), cause);
    }
  }

  private ExtractedDocument parse(byte[] bytes, String declaredType, String name) throws Exception {
    Metadata metadata = new Metadata();
    if (declaredType != null && !declaredType.isBlank() && !declaredType.startsWith("application/octet-stream")) {
      metadata.set(Metadata.CONTENT_TYPE, declaredType);
    }
    if (name != null) {
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    }
    ParseContext context = new ParseContext();
    context.set(Parser.class, parser); // embedded documents (attachments, zip entries) are parsed too
    StringWriter text = new StringWriter();
    BodyContentHandler handler = new BodyContentHandler(new WriteOutContentHandler(text, maxChars));
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      parser.parse(in, handler, metadata, context);
    } catch (org.xml.sax.SAXException e) {
      if (!org.apache.tika.exception.WriteLimitReachedException.isWriteLimitReached(e)) {
        throw e;
      }
      // the text is cut at maxChars: keep what was read
    }
    return new ExtractedDocument(tidy(text.toString()), metadata.get(TikaCoreProperties.TITLE),
        authors(metadata), Dates.parse(first(metadata.get(TikaCoreProperties.CREATED),
            metadata.get(DublinCore.DATE), metadata.get(TikaCoreProperties.MODIFIED))),
        null, metadata.get(Metadata.CONTENT_TYPE), kept(metadata));
  }

  private static List<String> authors(Metadata metadata) {
    List<String> authors = new ArrayList<>();
    for (String a : metadata.getValues(TikaCoreProperties.CREATOR)) {
      if (a != null && !a.isBlank() && !authors.contains(a.trim())) {
        authors.add(a.trim());
      }
    }
    return authors;
  }

  /** The Tika metadata worth keeping in the record, under stable names. */
  private static Map<String, String> kept(Metadata m) {
    Map<String, String> out = new LinkedHashMap<>();
    put(out, "tika.title", m.get(TikaCoreProperties.TITLE));
    put(out, "tika.author", String.join("; ", m.getValues(TikaCoreProperties.CREATOR)));
    put(out, "tika.created", m.get(TikaCoreProperties.CREATED));
    put(out, "tika.modified", m.get(TikaCoreProperties.MODIFIED));
    put(out, "tika.pageCount", first(m.get(PagedText.N_PAGES), m.get(Office.PAGE_COUNT)));
    put(out, "tika.language", m.get(TikaCoreProperties.LANGUAGE));
    put(out, "tika.contentType", m.get(Metadata.CONTENT_TYPE));
    put(out, "tika.producer", m.get("pdf:producer"));
    put(out, "tika.subject", m.get(DublinCore.SUBJECT));
    return out;
  }

  private static void put(Map<String, String> out, String key, String value) {
    if (value != null && !value.isBlank()) {
      out.put(key, value.length() > 1000 ? value.substring(0, 1000) : value);
    }
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  static String reasonOf(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      String name = c.getClass().getSimpleName();
      if (name.equals("ZipBombException")) {
        return "zip-bomb";
      }
      if (name.equals("EncryptedDocumentException")) {
        return "encrypted";
      }
      if (c instanceof ZeroByteFileException) {
        return "empty-document";
      }
      if (c instanceof OutOfMemoryError || c instanceof StackOverflowError) {
        return "too-complex";
      }
    }
    return t instanceof TikaException ? "parse-failed" : "parse-failed";
  }

  /** Collapses runs of blank lines and trailing spaces that PDF and Office text is full of. */
  static String tidy(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int blank = 0;
    for (String line : text.split("\r?\n", -1)) {
      String l = line.stripTrailing().replace('\u00a0', ' ');
      if (l.isBlank()) {
        blank++;
        continue;
      }
      if (out.length() > 0) {
        out.append(blank > 0 ? "\n\n" : "\n");
      }
      out.append(l.strip());
      blank = 0;
    }
    return out.toString();
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
