package org.statementmonitor.enrich.analysis;

import java.util.List;
import org.statementmonitor.common.config.MonitorConfig;
import org.statementmonitor.common.event.Facts;
import org.statementmonitor.common.event.LanguageInfo;

/**
 * Builds the default {@link StatementAnalyzer} from the configuration; the topology and the offline
 * commands both get their analyzer here, so they always agree.
 */
public final class Analyzers {

  private Analyzers() {}

  /** The default analyzer for this configuration. */
  public static StatementAnalyzer createDefault(MonitorConfig config) {
    return statement -> {
      String text = statement.text();
      int words = text.isBlank() ? 0 : text.trim().split("\\s+").length;
      return new Analysis(new LanguageInfo("und", 0.0, List.of()), List.of(),
          new Facts(null, words, null, List.of()), List.of());
    };
  }
}
