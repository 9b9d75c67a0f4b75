package org.statementmonitor.common.event;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A statement with what enrich added: the value of the enriched topic, keyed by the statement id.
 *
 * @param flags processing notes such as {@code entities_timeout} (the statement went on with what was
 *     found in the time allowed)
 */
public record EnrichedStatement(
    int schemaVersion,
    Statement statement,
    LanguageInfo language,
    List<Entity> entities,
    Facts facts,
    DuplicateInfo duplicate,
    List<String> flags,
    Instant enriched) {

  public static final int SCHEMA_VERSION = 1;

  public EnrichedStatement {
    Objects.requireNonNull(statement, "statement");
    entities = entities == null ? List.of() : List.copyOf(entities);
    flags = flags == null ? List.of() : List.copyOf(flags);
  }

  /** The statement id, which is also the record key. */
  public String id() {
    return statement.id();
  }
}
