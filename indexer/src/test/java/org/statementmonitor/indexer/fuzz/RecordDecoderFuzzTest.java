package org.statementmonitor.indexer.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.statementmonitor.common.event.DuplicateInfo;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.event.Entity;
import org.statementmonitor.common.event.EntityType;
import org.statementmonitor.common.event.Facts;
import org.statementmonitor.common.event.LanguageInfo;
import org.statementmonitor.common.event.Source;
import org.statementmonitor.common.event.Statement;
import org.statementmonitor.common.json.Json;
import org.statementmonitor.common.topic.Topics;
import org.statementmonitor.indexer.decode.Decoded;
import org.statementmonitor.indexer.decode.RecordDecoder;
import org.statementmonitor.testkit.fuzz.FuzzInputs;
import org.statementmonitor.testkit.fuzz.FuzzSweep;

/**
 * Bad-input sweep of the indexer's record boundary: whatever bytes arrive on the enriched topic, the
 * decoder answers accepted, rejected (with a reason, to the dead-letter topic) or skipped, and never
 * throws or hangs.
 */
class RecordDecoderFuzzTest {

  private static String validRecord() {
    Statement statement = new Statement(Statement.SCHEMA_VERSION, "st-9", 1, false,
        "https://council.example/a/9", new Source("council", "feed", List.of("ngo"), "https://council.example/feed"),
        "Appeal", List.of(), Instant.parse("2023-01-12T10:00:00Z"), Instant.parse("2023-01-12T10:01:00Z"),
        "text/html", "The Council of Europe appeals.", Map.of(), "h");
    EnrichedStatement enriched = new EnrichedStatement(EnrichedStatement.SCHEMA_VERSION, statement,
        new LanguageInfo("en", 0.99, List.of()),
        List.of(Entity.of(EntityType.ORG, "Council of Europe", "Council of Europe", 4, 21)),
        new Facts("The Council of Europe appeals.", 5, "appeal", List.of()), DuplicateInfo.original("st-9"),
        List.of(), Instant.parse("2023-01-12T10:01:01Z"));
    return Json.toString(enriched);
  }

  @Test
  void shouldAcceptRejectOrSkipEveryHostileRecord() {
    RecordDecoder decoder = new RecordDecoder(1 << 20, 200_000, 5000,
        Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    List<byte[]> inputs = FuzzInputs.from(7L, List.of(validRecord())).next(500);

    FuzzSweep.bounded(Duration.ofSeconds(2), error -> false)
        .run(inputs, bytes -> {
          Decoded decoded = decoder.decode(Topics.ENRICHED.name(), bytes);
          assertThat(decoded).isNotNull();
          if (decoded instanceof Decoded.Rejected rejected) {
            assertThat(rejected.reason()).isNotBlank();
          }
        })
        .assertNoFailures();
  }

  @Test
  void shouldAcceptTheUnmutatedRecord() {
    RecordDecoder decoder = new RecordDecoder(1 << 20, 200_000, 5000,
        Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    assertThat(decoder.decode(Topics.ENRICHED.name(), validRecord().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .isInstanceOf(Decoded.Accepted.class);
  }
}
