package org.statementmonitor.enrich.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.statementmonitor.common.config.ConfigException;
import org.statementmonitor.common.config.MonitorConfig;

/**
 * The analyzer's settings, read from the {@code enrich} section: {@code enrich.watchlist} (path of
 * the watchlist YAML, optional) and {@code enrich.analysis} (deadline, text cap, transliteration
 * matching, reloading).
 *
 * @param watchlist the watchlist file, or null for none
 * @param deadlineMillis time allowed per statement for entities; past it the statement goes on with
 *     what was found and the flag {@code entities_timeout}
 * @param maxChars characters analysed per statement; beyond it the flag {@code text_truncated}
 * @param transliteration also match watchlist names by transliteration variant
 * @param reloadWatchlist watch the watchlist file and reload it when it changes
 */
public record AnalysisSettings(Path watchlist, long deadlineMillis, int maxChars, boolean transliteration,
    boolean reloadWatchlist) {

  public static final long DEFAULT_DEADLINE_MILLIS = 2_000;
  public static final int DEFAULT_MAX_CHARS = 200_000;

  public AnalysisSettings {
    if (deadlineMillis <= 0) {
      throw new IllegalArgumentException("enrich.analysis.deadlineMillis must be > 0, was " + deadlineMillis);
    }
    if (maxChars < 1_000) {
      throw new IllegalArgumentException("enrich.analysis.maxChars must be >= 1000, was " + maxChars);
    }
  }

  /** Defaults: no watchlist, 2 s, 200,000 characters, no transliteration, reload on. */
  public static AnalysisSettings defaults() {
    return new AnalysisSettings(null, DEFAULT_DEADLINE_MILLIS, DEFAULT_MAX_CHARS, false, true);
  }

  /** Reads the settings from the {@code enrich} section; missing keys take the defaults. */
  public static AnalysisSettings from(MonitorConfig config) {
    JsonNode enrich = config.raw("enrich");
    JsonNode analysis = enrich.path("analysis");
    String watchlist = enrich.path("watchlist").asText("");
    try {
      return new AnalysisSettings(
          watchlist.isBlank() ? null : Path.of(watchlist),
          analysis.path("deadlineMillis").asLong(DEFAULT_DEADLINE_MILLIS),
          analysis.path("maxChars").asInt(DEFAULT_MAX_CHARS),
          analysis.path("transliteration").asBoolean(false),
          analysis.path("reloadWatchlist").asBoolean(true));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("configuration " + config.origin() + ": " + e.getMessage(), e);
    }
  }

  /** A copy with another watchlist file. */
  public AnalysisSettings withWatchlist(Path file) {
    return new AnalysisSettings(file, deadlineMillis, maxChars, transliteration, reloadWatchlist);
  }
}
