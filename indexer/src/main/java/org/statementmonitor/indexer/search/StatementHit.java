package org.statementmonitor.indexer.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One statement found, with the fragments of title and text that matched ({@code <em>} marks the
 * matched words) by field name.
 */
public record StatementHit(String id, String title, String url, String source, Instant published,
    String language, String duplicateStatus, String originalId, Map<String, List<String>> highlights) {
  public StatementHit {
    highlights = highlights == null ? Map.of() : Map.copyOf(highlights);
  }
}
