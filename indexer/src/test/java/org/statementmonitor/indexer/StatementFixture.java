package org.statementmonitor.indexer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.statementmonitor.common.event.DuplicateInfo;
import org.statementmonitor.common.event.DuplicateStatus;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.event.Entity;
import org.statementmonitor.common.event.EntityType;
import org.statementmonitor.common.event.Facts;
import org.statementmonitor.common.event.LanguageInfo;
import org.statementmonitor.common.event.Source;
import org.statementmonitor.common.event.Statement;

/** Enriched statements of the genre, written for the tests. */
public final class StatementFixture {

  public static final String APPEAL_TEXT = "The Caspian Heritage Union and twelve civil society groups "
      + "call on the United Nations Human Rights Council to account for 3,000 missing individuals. "
      + "Signed in Baku on 14 March 2024 by Leyla Rahimova, Chair of the Caspian Heritage Union.";

  private StatementFixture() {}

  /** An original appeal published by an NGO site. */
  public static EnrichedStatement appeal(String id, Instant published) {
    return enriched(id, "Appeal on the missing individuals", APPEAL_TEXT, "caspian-heritage", published,
        DuplicateInfo.original(id));
  }

  /** A news repost of {@code originalId} by another outlet. */
  public static EnrichedStatement repost(String id, String originalId, String outlet, Instant published) {
    return enriched(id, "NGOs appeal to the UN over missing individuals",
        "Civil society groups published an appeal on Thursday. " + APPEAL_TEXT, outlet, published,
        new DuplicateInfo(DuplicateStatus.NEAR_COPY.name(), originalId, originalId, 0.86, 0.97, List.of()));
  }

  /** A statement with the given parts and a typical set of entities. */
  public static EnrichedStatement enriched(String id, String title, String text, String source,
      Instant published, DuplicateInfo duplicate) {
    Statement statement = new Statement(Statement.SCHEMA_VERSION, id, 1, false,
        "https://" + source + ".example/statements/" + id, new Source(source, "rss", List.of("ngo", "az"),
            "https://" + source + ".example/feed.xml"),
        title, List.of("Press office"), published, published.plusSeconds(60), "text/html", text,
        Map.of("lang-hint", "en"), "sha256:" + id);
    List<Entity> entities = List.of(
        Entity.of(EntityType.ORG, "Caspian Heritage Union", "Caspian Heritage Union", 4, 26),
        Entity.of(EntityType.ORG, "UN Human Rights Council", "United Nations Human Rights Council", 94, 136),
        Entity.of(EntityType.LOC, "Baku", "Baku", 190, 194),
        Entity.of(EntityType.PERSON, "Leyla Rahimova", "Leyla Rahimova", 215, 229),
        new Entity(EntityType.DATE.name(), "14 March 2024", "14 March 2024", 198, 211, null, "2024-03-14",
            null, null, List.of()),
        new Entity(EntityType.QUANTITY.name(), "3,000 missing individuals", "3000 missing individuals", 148,
            173, null, "3000", "missing individuals", null, List.of()));
    return new EnrichedStatement(EnrichedStatement.SCHEMA_VERSION, statement,
        new LanguageInfo("en", 0.98, List.of(new LanguageInfo.ParagraphLanguage(0, 10, "az", 0.9))),
        entities,
        new Facts("The Caspian Heritage Union and twelve civil society groups call on the UN.", 38, "appeal",
            List.of(new Facts.Signatory("Leyla Rahimova", "Chair", "Caspian Heritage Union"))),
        duplicate, List.of(), published.plusSeconds(120));
  }
}
