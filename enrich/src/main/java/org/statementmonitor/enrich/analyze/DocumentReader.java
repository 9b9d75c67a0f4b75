package org.statementmonitor.enrich.analyze;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads the text of a local file of any type Tika reads (plain text, HTML, PDF, Word, ...) with
 * limits: files larger than {@code maxBytes} are refused and text beyond {@code maxChars} is cut.
 * One instance per command run; not shared between threads.
 */
final class DocumentReader {

  /** The text of a file, its title when the format carries one, and whether the text was cut. */
  record Document(String text, String title, String contentType, boolean truncated) {}

  private final AutoDetectParser parser;
  private final long maxBytes;
  private final int maxChars;

  DocumentReader(long maxBytes, int maxChars) {
    this.maxBytes = maxBytes;
    this.maxChars = maxChars;
    try (InputStream config = DocumentReader.class.getResourceAsStream("tika-config.xml")) {
      this.parser = new AutoDetectParser(new TikaConfig(config));
    } catch (IOException | TikaException | SAXException e) {
      throw new IllegalStateException("cannot configure Tika: " + e.getMessage(), e);
    }
  }

  Document read(Path file) throws IOException {
    long size = Files.size(file);
    if (size > maxBytes) {
      throw new IOException("file is " + size + " bytes, above the limit of " + maxBytes);
    }
    BodyContentHandler handler = new BodyContentHandler(maxChars);
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    boolean truncated = false;
    try (InputStream in = Files.newInputStream(file)) {
      parser.parse(in, handler, metadata, new ParseContext());
    } catch (SAXException e) {
      if (!WriteLimitReachedException.isWriteLimitReached(e)) {
        throw new IOException("cannot extract text: " + e.getMessage(), e);
      }
      truncated = true;
    } catch (TikaException e) {
      throw new IOException("cannot extract text: " + e.getMessage(), e);
    }
    return new Document(handler.toString(), metadata.get(TikaCoreProperties.TITLE),
        metadata.get(Metadata.CONTENT_TYPE), truncated);
  }
}
