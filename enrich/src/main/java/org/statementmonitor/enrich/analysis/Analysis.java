package org.statementmonitor.enrich.analysis;

import java.util.List;
import org.statementmonitor.common.event.Entity;
import org.statementmonitor.common.event.Facts;
import org.statementmonitor.common.event.LanguageInfo;

/** What {@link StatementAnalyzer} found in one statement; {@code flags} notes partial results. */
public record Analysis(LanguageInfo language, List<Entity> entities, Facts facts, List<String> flags) {
  public Analysis {
    entities = entities == null ? List.of() : List.copyOf(entities);
    flags = flags == null ? List.of() : List.copyOf(flags);
  }
}
