package org.statementmonitor.alerts.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.statementmonitor.common.event.Source;
import org.statementmonitor.common.event.Statement;
import org.xml.sax.SAXException;

/** Reads a local file (text, HTML, PDF, Word...) into a {@link Statement} with Tika, as ingest would. */
final class FileStatements {

  /** Most characters of text read from one file. */
  static final int MAX_CHARS = 5_000_000;

  private final AutoDetectParser parser = new AutoDetectParser();

  Statement read(Path file) throws IOException {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
    BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
    try (InputStream in = Files.newInputStream(file)) {
      parser.parse(in, handler, metadata, new ParseContext());
    } catch (SAXException | TikaException e) {
      throw new IOException("cannot extract text from " + file + ": " + e.getMessage(), e);
    }
    String text = handler.toString().strip();
    String title = metadata.get(TikaCoreProperties.TITLE);
    if (title == null || title.isBlank()) {
      title = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(file.getFileName().toString());
      title = title.length() > 200 ? title.substring(0, 200) : title;
    }
    Instant modified = Files.getLastModifiedTime(file).toInstant();
    return new Statement(Statement.SCHEMA_VERSION, "file:" + file.getFileName(), 1, false, file.toUri().toString(),
        new Source("file", "folder", List.of(), file.getParent() == null ? null : file.getParent().toUri().toString()),
        title, List.of(), modified, Instant.now(), metadata.get(Metadata.CONTENT_TYPE), text, Map.of(), null);
  }
}
