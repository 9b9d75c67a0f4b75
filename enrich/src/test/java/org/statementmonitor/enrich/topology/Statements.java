package org.statementmonitor.enrich.topology;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.statementmonitor.common.event.Source;
import org.statementmonitor.common.event.Statement;

/** Builds raw statements for topology tests. */
final class Statements {

  private Statements() {}

  static Statement of(String id, String source, String text) {
    return new Statement(Statement.SCHEMA_VERSION, id, 1, false, "https://example.org/" + id,
        new Source(source, "rss", List.of(), "https://example.org/feed"), "Title of " + id, List.of(),
        Instant.parse("2024-05-01T10:00:00Z"), Instant.parse("2024-05-01T10:05:00Z"), "text/plain", text,
        Map.of(), null);
  }
}
