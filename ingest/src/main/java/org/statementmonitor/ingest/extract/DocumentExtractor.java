package org.statementmonitor.ingest.extract;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Locale;
import org.statementmonitor.ingest.fetch.FetchResponse;

/**
 * Chooses how to read a fetched resource: HTML and XHTML through {@link HtmlExtractor} (after {@link
 * TextDecoding} picked the charset), plain text decoded directly, everything else (PDF, DOCX, DOC,
 * ODT, RTF, unknown types) through {@link TikaExtractor}. Thread-safe; owned by the service.
 */
public final class DocumentExtractor implements AutoCloseable {

  private final HtmlExtractor html = new HtmlExtractor();
  private final TikaExtractor tika;
  private final int maxChars;
  /** Documents extracted at once: bounds the CPU and memory that parsing takes. */
  private final java.util.concurrent.Semaphore permits =
      new java.util.concurrent.Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()));

  public DocumentExtractor(int maxChars, Duration parseTimeout) {
    this.maxChars = maxChars;
    this.tika = new TikaExtractor(maxChars, parseTimeout);
  }

  /** Reads and extracts a local file (a dropped document), its bytes held only while it is parsed. */
  public ExtractedDocument extract(java.nio.file.Path file, String contentType)
      throws ExtractionException, InterruptedException {
    byte[] bytes;
    try {
      bytes = java.nio.file.Files.readAllBytes(file);
    } catch (java.io.IOException e) {
      throw new ExtractionException("unreadable-file", "cannot read " + file + ": " + e.getMessage(), e);
    }
    return extract(bytes, contentType, file.getFileName().toString());
  }

  /** Extracts a fetched response. */
  public ExtractedDocument extract(FetchResponse response) throws ExtractionException, InterruptedException {
    return extract(response.body(), response.contentType(), response.uri().toString());
  }

  /**
   * Extracts bytes of a declared content type (may be null) found at {@code location} (a URL or a
   * file name, used for relative links and as a type hint).
   */
  public ExtractedDocument extract(byte[] bytes, String contentType, String location)
      throws ExtractionException, InterruptedException {
    permits.acquire();
    try {
      return extractNow(bytes, contentType, location);
    } finally {
      permits.release();
    }
  }

  private ExtractedDocument extractNow(byte[] bytes, String contentType, String location)
      throws ExtractionException, InterruptedException {
    String media = mediaType(contentType);
    Charset declared = FetchResponse.charsetOf(contentType);
    if (media.equals("text/html") || media.equals("application/xhtml+xml") || media.isEmpty() && looksLikeHtml(bytes)
        || isHtmlName(location) && (media.isEmpty() || media.equals("application/octet-stream"))) {
      String decoded = TextDecoding.decode(bytes, declared, true);
      return limit(html.extract(decoded, location, "text/html"));
    }
    if (media.equals("text/plain") || (media.isEmpty() && location != null && location.toLowerCase(Locale.ROOT).endsWith(".txt"))) {
      String decoded = TextDecoding.decode(bytes, declared, false);
      return limit(new ExtractedDocument(TikaExtractor.tidy(decoded.replace("\r\n", "\n")), null, null, null, null,
          "text/plain", null));
    }
    String name = location == null ? null : location.replaceFirst("[?#].*$", "");
    if (name != null) {
      name = name.substring(name.lastIndexOf('/') + 1);
    }
    return tika.extract(bytes, contentType, name);
  }

  private ExtractedDocument limit(ExtractedDocument doc) {
    if (doc.text().length() <= maxChars) {
      return doc;
    }
    return new ExtractedDocument(doc.text().substring(0, maxChars), doc.title(), doc.authors(), doc.published(),
        doc.canonicalUrl(), doc.contentType(), doc.metadata());
  }

  private static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
  }

  private static boolean isHtmlName(String location) {
    if (location == null) {
      return false;
    }
    String l = location.toLowerCase(Locale.ROOT).replaceFirst("[?#].*$", "");
    return l.endsWith(".html") || l.endsWith(".htm");
  }

  private static boolean looksLikeHtml(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
        .stripLeading().toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html");
  }

  @Override
  public void close() {
    tika.close();
  }
}
