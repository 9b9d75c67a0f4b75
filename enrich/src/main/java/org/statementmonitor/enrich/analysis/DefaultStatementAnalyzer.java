package org.statementmonitor.enrich.analysis;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.common.event.Entity;
import org.statementmonitor.common.event.Facts;
import org.statementmonitor.common.event.LanguageInfo;
import org.statementmonitor.common.event.Statement;
import org.statementmonitor.enrich.entities.EntityRecognizer;
import org.statementmonitor.enrich.facts.FactsExtractor;
import org.statementmonitor.enrich.language.LanguageIdentifier;
import org.statementmonitor.enrich.watchlist.Watchlist;
import org.statementmonitor.enrich.watchlist.WatchlistLinker;
import org.statementmonitor.enrich.watchlist.WatchlistSource;

/**
 * The analyzer the topology and the {@code analyze} command use: language, entities (with
 * watchlist links) and facts, within a time budget per statement. Text beyond {@code maxChars} is
 * not analysed (flag {@value #TEXT_TRUNCATED}); entity recognition stops at the deadline (flag
 * {@value #ENTITIES_TIMEOUT}); an unexpected failure yields an empty analysis with the flag
 * {@value #ANALYSIS_FAILED} rather than an exception. Thread-safe; {@link #close()} stops the
 * watchlist reloader.
 */
public final class DefaultStatementAnalyzer implements StatementAnalyzer, AutoCloseable {

  public static final String TEXT_TRUNCATED = "text_truncated";
  public static final String ENTITIES_TIMEOUT = "entities_timeout";
  public static final String ANALYSIS_FAILED = "analysis_failed";

  private static final Logger LOG = LoggerFactory.getLogger(DefaultStatementAnalyzer.class);

  private final AnalysisSettings settings;
  private final EntityRecognizer recognizer;
  private final WatchlistSource watchlist;
  private final LanguageIdentifier languages = new LanguageIdentifier();
  private final FactsExtractor facts = new FactsExtractor();

  /** An analyzer; it owns and closes the watchlist source. */
  public DefaultStatementAnalyzer(AnalysisSettings settings, EntityRecognizer recognizer,
      WatchlistSource watchlist) {
    this.settings = settings;
    this.recognizer = recognizer;
    this.watchlist = watchlist;
  }

  @Override
  public Analysis analyze(Statement statement) {
    String text = statement.text();
    try {
      return analyze(statement.title(), text);
    } catch (RuntimeException | StackOverflowError e) {
      LOG.warn("analysis of statement {} failed ({} chars): {}", statement.id(), text.length(), e.toString());
      return new Analysis(new LanguageInfo("und", 0.0, List.of()), List.of(),
          new Facts(null, FactsExtractor.wordCount(text), null, List.of()), List.of(ANALYSIS_FAILED));
    }
  }

  private Analysis analyze(String title, String fullText) {
    List<String> flags = new ArrayList<>(2);
    String text = fullText;
    if (text.length() > settings.maxChars()) {
      int cut = settings.maxChars();
      if (Character.isHighSurrogate(text.charAt(cut - 1))) {
        cut--;
      }
      text = text.substring(0, cut);
      flags.add(TEXT_TRUNCATED);
    }
    LanguageInfo language = languages.identify(text);
    long deadline = System.nanoTime() + settings.deadlineMillis() * 1_000_000L;
    EntityRecognizer.Recognition recognition = recognizer.recognize(text, deadline);
    if (recognition.timedOut()) {
      flags.add(ENTITIES_TIMEOUT);
    }
    Watchlist current = watchlist.get();
    List<Entity> entities = WatchlistLinker.link(text, recognition.entities(), current);
    Facts extracted = facts.extract(title, text);
    if (text != fullText) {
      extracted = new Facts(extracted.lead(), FactsExtractor.wordCount(fullText), extracted.kind(),
          extracted.signatories());
    }
    return new Analysis(language, entities, extracted, flags);
  }

  /** The settings in force. */
  public AnalysisSettings settings() {
    return settings;
  }

  @Override
  public void close() {
    watchlist.close();
  }
}
