package org.statementmonitor.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.statementmonitor.common.event.DuplicateInfo;
import org.statementmonitor.common.event.DuplicateInfo.ReusedPassage;
import org.statementmonitor.common.event.DuplicateStatus;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.event.Entity;
import org.statementmonitor.common.event.EntityType;
import org.statementmonitor.common.event.Facts;
import org.statementmonitor.common.event.Facts.Signatory;
import org.statementmonitor.common.event.LanguageInfo;
import org.statementmonitor.common.event.LanguageInfo.ParagraphLanguage;
import org.statementmonitor.common.event.Source;
import org.statementmonitor.common.event.Statement;
import org.statementmonitor.common.json.Json;
import org.statementmonitor.common.topic.Topics;

/**
 * The decider's spliced bytes against the earlier path (decode the analyser's JSON, set the verdict,
 * encode with the enriched topic's serde), on generated statements with every verdict kind and
 * hostile characters in every string.
 */
class EnrichedJsonTest {

  private static final Serializer<EnrichedStatement> WRITE = Topics.ENRICHED.valueSerde().serializer();
  private static final Deserializer<EnrichedStatement> READ = Topics.ENRICHED.valueSerde().deserializer();
  private static final String TOPIC = Topics.ENRICHED.name();

  /** Characters that JSON escapes or that look like the structure the splice looks for. */
  private static final String[] PIECES = {
    "The committee ", "appeals to ", "Ombudsman", " ", "\n\n", "\t", "\"", "\\", "/", "\\\"", "\u0000",
    "\u0001", "\u001f", "\u007f", "\u2028", "\u2029", "é", "Ə", "ş", "ğ", "中文声明", "😀", "𝔘",
    ",\"flags\":[", "\",\"flags\":[\"", "\"duplicate\":{}", "},{", "]}", "{\"", "null", "\\u0022",
    "<p>", "</p>", "&amp;", "\r\n", "'", "\uFEFF"
  };

  @Test
  void shouldWriteWhatDecodingSettingAndEncodingWroteForGeneratedStatementsOfEveryVerdict() throws IOException {
    Random random = new Random(20261123);
    int byteIdentical = 0;
    for (int i = 0; i < 2_000; i++) {
      EnrichedStatement undecided = enriched(random, i);
      byte[] analysed = WRITE.serialize(TOPIC, undecided);
      DuplicateInfo verdict = verdict(random, undecided.id(), i);

      byte[] earlier = earlierPath(analysed, verdict);
      byte[] spliced = EnrichedJson.withDuplicate(analysed, verdict);

      EnrichedStatement read = READ.deserialize(TOPIC, spliced);
      assertThat(read).as("statement %d", i).isEqualTo(READ.deserialize(TOPIC, earlier));
      assertThat(read.duplicate()).isEqualTo(verdict);
      assertThat(read).isEqualTo(withDuplicate(undecided, verdict));
      assertThat(tree(spliced)).isEqualTo(tree(earlier));
      if (undecided.statement().metadata().size() <= 1) { // else the map's order may differ
        assertThat(spliced).as("statement %d", i).isEqualTo(earlier);
        byteIdentical++;
      }
    }
    assertThat(byteIdentical).isGreaterThan(500);
  }

  @Test
  void shouldReadTheStatementTextAsTheDeserializerDoes() {
    Random random = new Random(7);
    for (int i = 0; i < 1_000; i++) {
      EnrichedStatement s = enriched(random, i);
      byte[] analysed = WRITE.serialize(TOPIC, s);
      assertThat(EnrichedJson.statementText(analysed)).isEqualTo(READ.deserialize(TOPIC, analysed).statement().text());
      assertThat(EnrichedJson.statementText(analysed)).isEqualTo(s.statement().text());
    }
  }

  @Test
  void shouldSpliceIntoARecordWithoutFlagsByDecodingIt() {
    EnrichedStatement s = enriched(new Random(3), 0);
    String json = new String(WRITE.serialize(TOPIC, s), StandardCharsets.UTF_8)
        .replaceFirst(",\"flags\":\\[[^\\]]*\\]", "");
    DuplicateInfo verdict = DuplicateInfo.original(s.id());

    EnrichedStatement read = READ.deserialize(TOPIC,
        EnrichedJson.withDuplicate(json.getBytes(StandardCharsets.UTF_8), verdict));

    assertThat(read.duplicate()).isEqualTo(verdict);
    assertThat(read.statement()).isEqualTo(s.statement());
    assertThat(read.flags()).isEmpty();
  }

  private static byte[] earlierPath(byte[] analysed, DuplicateInfo verdict) {
    EnrichedStatement s = READ.deserialize(TOPIC, analysed);
    return WRITE.serialize(TOPIC, withDuplicate(s, verdict));
  }

  private static EnrichedStatement withDuplicate(EnrichedStatement s, DuplicateInfo verdict) {
    return new EnrichedStatement(s.schemaVersion(), s.statement(), s.language(), s.entities(), s.facts(),
        verdict, s.flags(), s.enriched());
  }

  private static JsonNode tree(byte[] json) throws IOException {
    return Json.mapper().readTree(json);
  }

  private static DuplicateInfo verdict(Random random, String id, int i) {
    return switch (i % 5) {
      case 0 -> DuplicateInfo.original(id);
      case 1 -> new DuplicateInfo(DuplicateStatus.EXACT_COPY.name(), "first-" + text(random, 3),
          "first-" + text(random, 3), 1.0, 1.0, List.of());
      case 2 -> new DuplicateInfo(DuplicateStatus.NEAR_COPY.name(), "c" + i, "c" + i,
          Math.round(random.nextDouble() * 1000) / 1000.0, random.nextDouble(), List.of());
      case 3 -> {
        List<ReusedPassage> passages = new ArrayList<>();
        for (int p = random.nextInt(4) + 1; p > 0; p--) {
          passages.add(new ReusedPassage(text(random, 2), random.nextInt(500), 500 + random.nextInt(500),
              text(random, 12)));
        }
        yield new DuplicateInfo(DuplicateStatus.REUSES_PASSAGES.name(), id, id, 1.0, 1.0, passages);
      }
      default -> new DuplicateInfo(DuplicateStatus.ORIGINAL.name(), null, id, 1.0, 1.0, null);
    };
  }

  private static EnrichedStatement enriched(Random random, int i) {
    String id = "st-" + i + (i % 7 == 0 ? text(random, 2) : "");
    Map<String, String> metadata = new LinkedHashMap<>();
    for (int m = random.nextInt(3); m > 0; m--) {
      metadata.put(text(random, 2), text(random, 3));
    }
    Statement statement = new Statement(Statement.SCHEMA_VERSION, id, 1 + random.nextInt(3), random.nextBoolean(),
        "https://example.org/" + i, new Source(text(random, 2), "rss", List.of(text(random, 1)), null),
        random.nextInt(4) == 0 ? null : text(random, 5), List.of(text(random, 2)),
        Instant.ofEpochSecond(1_700_000_000L + random.nextInt(1_000_000), random.nextInt(1_000_000_000)),
        random.nextBoolean() ? null : Instant.ofEpochMilli(1_700_000_000_000L + i), "text/plain",
        random.nextInt(10) == 0 ? "" : text(random, 40 + random.nextInt(400)), metadata,
        random.nextBoolean() ? null : "xxh3:" + Long.toHexString(random.nextLong()));
    LanguageInfo language = random.nextInt(5) == 0 ? null : new LanguageInfo("en", random.nextDouble(),
        List.of(new ParagraphLanguage(0, 10, "az", 0.5)));
    List<Entity> entities = new ArrayList<>();
    for (int e = random.nextInt(5); e > 0; e--) {
      entities.add(random.nextBoolean() ? Entity.of(EntityType.ORG, text(random, 2), text(random, 2), e, e + 5)
          : new Entity("PERSON", text(random, 2), null, 0, 3, "w-1", null, null, text(random, 1),
              List.of(text(random, 1), text(random, 1))));
    }
    Facts facts = random.nextInt(5) == 0 ? null : new Facts(text(random, 6), random.nextInt(2000),
        random.nextBoolean() ? "appeal" : null, List.of(new Signatory(text(random, 2), null, text(random, 2))));
    List<String> flags = random.nextBoolean() ? List.of() : List.of("entities_timeout", text(random, 1));
    return new EnrichedStatement(EnrichedStatement.SCHEMA_VERSION, statement, language, entities, facts, null,
        flags, i % 11 == 0 ? null : Instant.ofEpochMilli(1_732_000_000_000L + i));
  }

  private static String text(Random random, int pieces) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      out.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return out.toString();
  }
}
