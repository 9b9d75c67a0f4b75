package org.statementmonitor.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.statementmonitor.common.event.DuplicateInfo;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.event.Entity;
import org.statementmonitor.common.event.EntityType;
import org.statementmonitor.common.event.Facts;
import org.statementmonitor.common.event.LanguageInfo;
import org.statementmonitor.common.event.Source;
import org.statementmonitor.common.event.Statement;

/** Builds enriched statements of the monitored genre for tests, with entities placed in the text. */
public final class StatementFixture {

  public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private String id = "st-1";
  private String title = "Appeal on the rights of displaced families";
  private String text = "The Western Azerbaijan Community calls on the international community to "
      + "support the safe and dignified return of displaced families to their homes.";
  private String source = "wac-site";
  private List<String> tags = List.of("ngo");
  private final List<Entity> entities = new ArrayList<>();
  private DuplicateInfo duplicate;
  private Instant published = T0;
  private String kind = "appeal";

  public static StatementFixture appeal() {
    StatementFixture f = new StatementFixture();
    f.entity(EntityType.ORG, "Western Azerbaijan Community", "Western Azerbaijan Community");
    return f;
  }

  public StatementFixture id(String value) {
    this.id = value;
    return this;
  }

  public StatementFixture title(String value) {
    this.title = value;
    return this;
  }

  public StatementFixture text(String value) {
    this.text = value;
    entities.clear();
    return this;
  }

  public StatementFixture source(String name, String... sourceTags) {
    this.source = name;
    this.tags = List.of(sourceTags);
    return this;
  }

  public StatementFixture published(Instant value) {
    this.published = value;
    return this;
  }

  public StatementFixture kind(String value) {
    this.kind = value;
    return this;
  }

  /** Adds an entity whose surface form occurs in the text (at its first occurrence). */
  public StatementFixture entity(EntityType type, String surface, String canonical) {
    int start = Math.max(0, text.indexOf(surface));
    entities.add(new Entity(type.name(), surface, canonical, start, start + surface.length(), null, null, null,
        null, List.of()));
    return this;
  }

  /** Marks this statement a near copy of {@code originalId}, in that original's cluster. */
  public StatementFixture copyOf(String originalId) {
    this.duplicate = new DuplicateInfo("NEAR_COPY", originalId, originalId, 0.8, 0.9, List.of());
    return this;
  }

  public EnrichedStatement build() {
    Statement s = new Statement(Statement.SCHEMA_VERSION, id, 1, false, "https://example.org/" + id,
        new Source(source, "rss", tags, "https://example.org/feed"), title, List.of(), published, published,
        "text/plain", text, Map.of(), "h-" + id);
    return new EnrichedStatement(EnrichedStatement.SCHEMA_VERSION, s, new LanguageInfo("en", 0.99, List.of()),
        entities, new Facts(null, text.split("\\s+").length, kind, List.of()),
        duplicate == null ? DuplicateInfo.original(id) : duplicate, List.of(), published);
  }
}
