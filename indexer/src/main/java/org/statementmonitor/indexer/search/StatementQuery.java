package org.statementmonitor.indexer.search;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * What to look for: any combination of words (Lucene simple query syntax: {@code "exact phrase"},
 * {@code -exclude}, {@code a | b}), an entity by type and canonical name, a source name and a published
 * range (from inclusive, to exclusive). Unset parts do not filter. Build with {@link #all()} and the
 * {@code with...} methods.
 */
public record StatementQuery(String text, String entityType, String entityName, String source,
    Instant from, Instant to, int size) {

  /** Entity types with a keyword field {@code entities.<type>}. */
  public static final Set<String> ENTITY_TYPES = Set.of("person", "org", "loc", "law", "docref", "date",
      "quantity");

  public StatementQuery {
    if (entityType != null) {
      entityType = entityType.toLowerCase(Locale.ROOT);
      if (!ENTITY_TYPES.contains(entityType)) {
        throw new IllegalArgumentException("entity type must be one of " + ENTITY_TYPES + ", was " + entityType);
      }
    }
    if (size < 0 || size > 10_000) {
      throw new IllegalArgumentException("size must be in 0..10000, was " + size);
    }
  }

  /** Every statement, newest first, ten at a time. */
  public static StatementQuery all() {
    return new StatementQuery(null, null, null, null, null, null, 10);
  }

  /** With these words. */
  public StatementQuery withText(String words) {
    return new StatementQuery(words, entityType, entityName, source, from, to, size);
  }

  /** Mentioning this entity ({@code type} person, org, loc, law, docref...; canonical name). */
  public StatementQuery withEntity(String type, String name) {
    return new StatementQuery(text, type, name, source, from, to, size);
  }

  /** From this source. */
  public StatementQuery withSource(String sourceName) {
    return new StatementQuery(text, entityType, entityName, sourceName, from, to, size);
  }

  /** Published in [from, to); either may be null. */
  public StatementQuery publishedBetween(Instant fromInclusive, Instant toExclusive) {
    return new StatementQuery(text, entityType, entityName, source, fromInclusive, toExclusive, size);
  }

  /** At most this many hits. */
  public StatementQuery limit(int hits) {
    return new StatementQuery(text, entityType, entityName, source, from, to, hits);
  }
}
