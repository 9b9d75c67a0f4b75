package org.statementmonitor.ingest.extract;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What extraction found in a fetched resource: the statement text and the document's own metadata
 * (title, authors, publication date, canonical URL) plus Tika's metadata as strings.
 */
public record ExtractedDocument(
    String text,
    String title,
    List<String> authors,
    Instant published,
    String canonicalUrl,
    String contentType,
    Map<String, String> metadata) {

  public ExtractedDocument {
    text = text == null ? "" : text;
    authors = authors == null ? List.of() : List.copyOf(authors);
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
  }
}
