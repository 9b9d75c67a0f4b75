package org.statementmonitor.common.event;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One published statement as ingest found it: the value of the raw topic, keyed by {@link #id()}.
 *
 * <p>{@code id} is stable for the statement (derived from its canonical URL, or the feed's GUID) so
 * that replays overwrite rather than duplicate. {@code version} starts at 1 and grows when the
 * publisher edits the text; a record with {@code update=true} replaces the earlier version.
 */
public record Statement(
    int schemaVersion,
    String id,
    int version,
    boolean update,
    String url,
    Source source,
    String title,
    List<String> authors,
    Instant published,
    Instant fetched,
    String contentType,
    String text,
    Map<String, String> metadata,
    String contentHash) {

  /** The schema version this code writes and understands. */
  public static final int SCHEMA_VERSION = 1;

  public Statement {
    Objects.requireNonNull(id, "statement id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("statement id must not be blank");
    }
    if (version < 1) {
      throw new IllegalArgumentException("statement version must be >= 1, was " + version);
    }
    authors = authors == null ? List.of() : List.copyOf(authors);
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    text = text == null ? "" : text;
  }

  /** A copy of this statement with another text and content hash. */
  public Statement withText(String newText, String newContentHash) {
    return new Statement(schemaVersion, id, version, update, url, source, title, authors, published,
        fetched, contentType, newText, metadata, newContentHash);
  }
}
