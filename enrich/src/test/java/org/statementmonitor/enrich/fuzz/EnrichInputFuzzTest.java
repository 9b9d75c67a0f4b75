package org.statementmonitor.enrich.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.statementmonitor.common.config.MonitorConfig;
import org.statementmonitor.common.event.Source;
import org.statementmonitor.common.event.Statement;
import org.statementmonitor.common.json.Json;
import org.statementmonitor.common.json.JsonRecordException;
import org.statementmonitor.enrich.analysis.Analyzers;
import org.statementmonitor.enrich.analysis.StatementAnalyzer;
import org.statementmonitor.testkit.fuzz.FuzzInputs;
import org.statementmonitor.testkit.fuzz.FuzzSweep;

/**
 * Bad-input sweep of enrich's boundaries: the statement JSON on the raw topic is read or refused with
 * a {@link JsonRecordException}; the analyzer gives a result for any text, in bounded time.
 */
class EnrichInputFuzzTest {

  private static final String TEXT = """
      QƏRBİ AZƏRBAYCAN İCMASI
      No: 02/02                                                    Baku, 12 January 2023

      To: H.E. Mr. António Guterres, Secretary-General of the United Nations

      The Western Azerbaijan Community appeals to the United Nations regarding 4,000 missing
      individuals and the rights under Article 12(4) of the International Covenant on Civil and
      Political Rights, as in document A/77/1000 of 22-24 November 1988.

      Aziz Alakbarli – Chairman of the Western Azerbaijan Community
      """;

  private static Statement statement(String text) {
    return new Statement(Statement.SCHEMA_VERSION, "st-1", 1, false, "https://community.example/1",
        new Source("community", "feed", List.of(), null), "Appeal", List.of(),
        Instant.parse("2023-01-12T10:00:00Z"), Instant.parse("2023-01-12T10:00:00Z"), "text/plain", text,
        Map.of(), "h");
  }

  @Test
  void shouldReadOrRefuseEveryHostileStatementRecord() {
    List<byte[]> inputs = FuzzInputs.from(3L, List.of(Json.toString(statement(TEXT)))).next(500);

    FuzzSweep.bounded(Duration.ofSeconds(2), JsonRecordException.class::isInstance)
        .run(inputs, bytes -> Json.fromBytes(bytes, Statement.class))
        .assertNoFailures();
  }

  @Test
  void shouldAnalyseEveryHostileTextWithinBound() {
    StatementAnalyzer analyzer = Analyzers.createDefault(MonitorConfig.empty());
    List<String> inputs = FuzzInputs.from(4L, List.of(TEXT)).nextText(200);
    // Models load on first use; the bound is about each input, not about loading them.
    assertThat(analyzer.analyze(statement(TEXT)).entities()).isNotEmpty();

    FuzzSweep.bounded(Duration.ofSeconds(20), error -> false)
        .run(inputs, text -> assertThat(analyzer.analyze(statement(text))).isNotNull())
        .assertNoFailures();
  }
}
