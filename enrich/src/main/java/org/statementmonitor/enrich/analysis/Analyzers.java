package org.statementmonitor.enrich.analysis;

import org.statementmonitor.common.config.ConfigException;
import org.statementmonitor.common.config.MonitorConfig;
import org.statementmonitor.enrich.entities.Gazetteer;
import org.statementmonitor.enrich.entities.RuleBasedRecognizer;
import org.statementmonitor.enrich.language.LanguageIdentifier;
import org.statementmonitor.enrich.watchlist.WatchlistSource;

/**
 * Builds the default {@link StatementAnalyzer} from the configuration; the topology and the offline
 * commands both get their analyzer here, so they always agree.
 */
public final class Analyzers {

  private Analyzers() {}

  /**
   * The default analyzer for this configuration: rule-based entities, the watchlist of {@code
   * enrich.watchlist} (reloaded on change), language and facts. The result is a {@link
   * DefaultStatementAnalyzer}; its owner may close it to stop the watchlist reloader.
   *
   * @throws ConfigException when the settings are invalid or the watchlist cannot be read
   */
  public static StatementAnalyzer createDefault(MonitorConfig config) {
    return create(AnalysisSettings.from(config));
  }

  /** The default analyzer for explicit settings. */
  public static DefaultStatementAnalyzer create(AnalysisSettings settings) {
    WatchlistSource watchlist;
    try {
      watchlist = settings.watchlist() == null
          ? WatchlistSource.none()
          : WatchlistSource.open(settings.watchlist(), settings.transliteration(), settings.reloadWatchlist());
    } catch (IllegalArgumentException e) {
      throw new ConfigException("enrich.watchlist: " + e.getMessage(), e);
    }
    // Load the gazetteers and the language model now, not inside the first statement's deadline.
    Gazetteer.shared();
    LanguageIdentifier.warmUp();
    return new DefaultStatementAnalyzer(settings, new RuleBasedRecognizer(), watchlist);
  }
}
