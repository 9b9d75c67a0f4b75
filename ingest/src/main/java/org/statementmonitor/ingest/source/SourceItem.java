package org.statementmonitor.ingest.source;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * One entry found in a source: a feed item, a sitemap URL, a link on a watched page, a file in the
 * drop folder. {@code link} is what to fetch (null when the entry carries its own content), {@code
 * guid} the feed's id for it, {@code summary} the text the source itself gave (used when there is no
 * link), {@code content} the raw bytes of an upload, {@code file} a dropped file read only when it is
 * processed.
 */
public record SourceItem(
    String link,
    String guid,
    String title,
    List<String> authors,
    Instant published,
    Instant updated,
    String summary,
    byte[] content,
    String contentType,
    Path file) {

  public SourceItem {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  /** An entry that is only a link (sitemaps, watched pages). */
  public static SourceItem link(String link, Instant updated) {
    return new SourceItem(link, null, null, List.of(), null, updated, null, null, null, null);
  }
}
