package org.statementmonitor.alerts.query;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.statementmonitor.common.event.EntityType;

/**
 * The fields a rule's query can name. {@link #TEXT} and {@link #TITLE} are analysed into words
 * (lower-cased, accents folded); every other field holds whole values compared case-insensitively,
 * so a multi-word value is written in quotes: {@code entity.org:"Western Azerbaijan Community"}.
 */
public final class StatementFields {

  /** The statement text; searched, with the title, by a term with no field. */
  public static final String TEXT = "text";
  /** The statement title. */
  public static final String TITLE = "title";
  /** The configured source's name. */
  public static final String SOURCE = "source";
  /** The source's type: rss, atom, sitemap, page, folder, push. */
  public static final String SOURCE_TYPE = "source.type";
  /** The operator's tags on the source. */
  public static final String SOURCE_TAGS = "source.tags";
  /** ISO 639-1 language code of the statement. */
  public static final String LANGUAGE = "language";
  /** Canonical name (and surface forms) of every entity, whatever its type. */
  public static final String ENTITY = "entity";
  /** Prefix of the per-type entity fields: entity.person, entity.org, entity.loc... */
  public static final String ENTITY_PREFIX = "entity.";
  /** Watchlist ids of the entities found. */
  public static final String WATCHLIST = "watchlist";
  /** Statement kind as the enrichment found it: appeal, letter, press_release, article... */
  public static final String KIND = "kind";
  /** Duplicate status: original, exact_copy, near_copy, reuses_passages. */
  public static final String DUPLICATE = "duplicate";
  /** Names of the signatories. */
  public static final String SIGNATORY = "signatory";
  /** Organisations of the signatories. */
  public static final String SIGNATORY_ORG = "signatory.org";
  /** Authors as the source lists them. */
  public static final String AUTHOR = "author";

  /** The fields a term with no field searches. */
  public static final List<String> DEFAULT_FIELDS = List.of(TITLE, TEXT);

  private static final Set<String> ANALYZED = Set.of(TEXT, TITLE);

  private StatementFields() {}

  /** The per-type entity field: {@code entity.org} for ORG. */
  public static String entityField(EntityType type) {
    return ENTITY_PREFIX + type.name().toLowerCase(Locale.ROOT);
  }

  /** Whether a field is analysed into words (else it holds whole values). */
  public static boolean isAnalyzed(String field) {
    return ANALYZED.contains(field);
  }

  /** Every field name, for documentation and validation messages. */
  public static List<String> all() {
    List<String> names = new java.util.ArrayList<>(List.of(TEXT, TITLE, SOURCE, SOURCE_TYPE, SOURCE_TAGS,
        LANGUAGE, ENTITY));
    for (EntityType type : EntityType.values()) {
      names.add(entityField(type));
    }
    names.addAll(List.of(WATCHLIST, KIND, DUPLICATE, SIGNATORY, SIGNATORY_ORG, AUTHOR));
    return List.copyOf(names);
  }
}
