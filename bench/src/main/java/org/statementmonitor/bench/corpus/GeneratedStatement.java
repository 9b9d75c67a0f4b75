package org.statementmonitor.bench.corpus;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.statementmonitor.common.event.Source;
import org.statementmonitor.common.event.Statement;

/**
 * One generated statement.
 *
 * @param repostOf the id of the statement a {@link StatementKind#NEWS_REPOST} repeats, or null
 */
public record GeneratedStatement(
    String id,
    StatementKind kind,
    String title,
    String text,
    String organisation,
    String repostOf,
    Instant published) {

  /** Size of the text in UTF-8 bytes. */
  public int bytes() {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  /** The raw-topic record ingest would have produced for it. */
  public Statement toStatement(Instant fetched) {
    Source source = kind == StatementKind.NEWS_REPOST
        ? new Source("bench-news", "rss", List.of("news", "bench"), "http://127.0.0.1/bench/news.xml")
        : new Source("bench-ngo", "rss", List.of("ngo", "bench"), "http://127.0.0.1/bench/ngo.xml");
    return new Statement(Statement.SCHEMA_VERSION, id, 1, false, "http://127.0.0.1/bench/" + id, source,
        title, List.of(organisation), published, fetched, "text/html", text,
        Map.of("bench.kind", kind.name().toLowerCase(java.util.Locale.ROOT)), null);
  }
}
