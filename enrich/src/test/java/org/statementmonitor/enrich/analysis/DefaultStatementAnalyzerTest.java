package org.statementmonitor.enrich.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statementmonitor.common.config.ConfigException;
import org.statementmonitor.common.config.MonitorConfig;
import org.statementmonitor.common.event.Statement;

class DefaultStatementAnalyzerTest {

  private static final Duration BOUND = Duration.ofSeconds(10);
  private static DefaultStatementAnalyzer analyzer;

  @BeforeAll
  static void create() {
    analyzer = Analyzers.create(AnalysisSettings.defaults());
  }

  @AfterAll
  static void close() {
    analyzer.close();
  }

  private static Statement statement(String text) {
    return new Statement(Statement.SCHEMA_VERSION, "s-1", 1, false, null, null, null, null, null, null,
        "text/plain", text, null, null);
  }

  private static Analysis timed(String text) {
    long start = System.nanoTime();
    Analysis a = analyzer.analyze(statement(text));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
    return a;
  }

  @Test
  void shouldAnalyseATypicalStatement() {
    Analysis a = timed("""
        WESTERN AZERBAIJAN COMMUNITY
        Baku, 12 January 2023

        Appeal to the United Nations. The Community, established in 1989, represents 800,000 Azerbaijanis expelled from Armenia.
        """);
    assertThat(a.language().code()).isEqualTo("en");
    assertThat(a.entities()).extracting(e -> e.type()).contains("ORG", "LOC", "DATE", "QUANTITY");
    assertThat(a.facts().kind()).isEqualTo("appeal");
    assertThat(a.flags()).isEmpty();
  }

  @Test
  void shouldReturnAnEmptyResultForEmptyText() {
    Analysis a = timed("");
    assertThat(a.entities()).isEmpty();
    assertThat(a.language().code()).isEqualTo("und");
    assertThat(a.facts().wordCount()).isZero();
  }

  @Test
  void shouldTruncateFiveMegabytesAndSaySo() {
    String text = "The Council of Europe met in Strasbourg on 5 October 2023 with 40 delegates. ".repeat(66_000);
    assertThat(text.length()).isGreaterThan(5_000_000);
    Analysis a = timed(text);
    assertThat(a.flags()).contains(DefaultStatementAnalyzer.TEXT_TRUNCATED);
    assertThat(a.entities()).isNotEmpty().allMatch(e -> e.end() <= AnalysisSettings.DEFAULT_MAX_CHARS);
    assertThat(a.facts().wordCount()).isGreaterThan(800_000);
  }

  @Test
  void shouldHandleTextWithoutSpaces() {
    Analysis a = timed("Azerbaijan".repeat(20_000) + "12345".repeat(10_000));
    assertThat(a.facts().wordCount()).isEqualTo(1);
  }

  @Test
  void shouldHandleBinaryGarbage() {
    byte[] bytes = new byte[300_000];
    new Random(42).nextBytes(bytes);
    Analysis a = timed(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
    assertThat(a.language()).isNotNull();
    assertThat(a.flags()).doesNotContain(DefaultStatementAnalyzer.ANALYSIS_FAILED);
  }

  @Test
  void shouldHandleAScriptNoModelCovers() {
    Analysis a = timed("ᚠᛇᚻ᛫ᛒᛦᚦ᛫ᚠᚱᚩᚠᚢᚱ᛫ᚠᛁᚱᚪ᛫ᚷᛖᚻᚹᛦᛚᚳᚢᛗ ".repeat(500) + "𓀀𓀁𓀂 ".repeat(500));
    assertThat(a.language().code()).isEqualTo("und");
    assertThat(a.entities()).isEmpty();
  }

  @Test
  void shouldFlagATimeoutAndKeepWhatWasFound() {
    try (DefaultStatementAnalyzer strict = Analyzers.create(new AnalysisSettings(null, 1,
        AnalysisSettings.DEFAULT_MAX_CHARS, false, false))) {
      String text = "Aziz Alakbarli – Chairman of the Western Azerbaijan Community, Baku, 12 January 2023. ".repeat(2_000);
      Analysis a = strict.analyze(statement(text));
      assertThat(a.flags()).contains(DefaultStatementAnalyzer.ENTITIES_TIMEOUT);
    }
  }

  @Test
  void shouldReadWatchlistAndLimitsFromConfiguration(@TempDir Path dir) throws Exception {
    Path watchlist = dir.resolve("w.yaml");
    Files.writeString(watchlist, "- {id: wac, name: Western Azerbaijan Community, type: ORG}\n");
    MonitorConfig config = MonitorConfig.parse("""
        enrich:
          watchlist: %s
          analysis:
            deadlineMillis: 500
            maxChars: 50000
            transliteration: true
            reloadWatchlist: false
        """.formatted(watchlist), "test", k -> null);
    AnalysisSettings settings = AnalysisSettings.from(config);
    assertThat(settings).isEqualTo(new AnalysisSettings(watchlist, 500, 50_000, true, false));
    StatementAnalyzer configured = Analyzers.createDefault(config);
    assertThat(configured.analyze(statement("The WESTERN AZERBAIJAN COMMUNITY wrote.")).entities())
        .anyMatch(e -> "wac".equals(e.watchlistId()));
    ((DefaultStatementAnalyzer) configured).close();
  }

  @Test
  void shouldRejectAMissingWatchlistFileAtStartup() {
    MonitorConfig config = MonitorConfig.parse("enrich: {watchlist: /nonexistent/w.yaml}", "test", k -> null);
    assertThatThrownBy(() -> Analyzers.createDefault(config)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("/nonexistent/w.yaml");
  }
}
