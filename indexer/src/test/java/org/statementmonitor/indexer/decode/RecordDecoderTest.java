package org.statementmonitor.indexer.decode;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.statementmonitor.common.json.Json;
import org.statementmonitor.common.topic.Topics;
import org.statementmonitor.indexer.StatementFixture;

class RecordDecoderTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
  private final RecordDecoder decoder = new RecordDecoder(200 * 1024 * 1024, 4_000_000, 5000, CLOCK);

  private static final String TOPIC = Topics.ENRICHED.name();

  private static ObjectNode validRecord() {
    return (ObjectNode) Json.mapper().valueToTree(
        StatementFixture.appeal("st-1", Instant.parse("2024-03-15T08:00:00Z")));
  }

  private Decoded decode(JsonNode node) {
    return decoder.decode(TOPIC, Json.toBytes(node));
  }

  @Test
  void shouldMapValidStatementToItsPublishedMonthIndex() {
    Decoded decoded = decode(validRecord());

    assertThat(decoded).isInstanceOf(Decoded.Accepted.class);
    IndexRequest request = ((Decoded.Accepted) decoded).request();
    assertThat(request.index()).isEqualTo("statements-2024.03");
    assertThat(request.id()).isEqualTo("st-1");
    assertThat(request.originalId()).isEqualTo("st-1");
  }

  @Test
  void shouldPointCopyAtItsOriginal() {
    byte[] copy = Json.toBytes(StatementFixture.repost("st-2", "st-1", "daily-news",
        Instant.parse("2024-04-01T08:00:00Z")));

    IndexRequest request = ((Decoded.Accepted) decoder.decode(TOPIC, copy)).request();

    assertThat(request.originalId()).isEqualTo("st-1");
    assertThat(request.index()).isEqualTo("statements-2024.04");
  }

  @Test
  void shouldRejectRecordThatIsNotJson() {
    Decoded decoded = decoder.decode(TOPIC, "{\"schemaVersion\": 1, \"statement\": ".getBytes(StandardCharsets.UTF_8));

    assertThat(decoded).isInstanceOfSatisfying(Decoded.Rejected.class,
        r -> assertThat(r.reason()).contains("not a valid EnrichedStatement record"));
  }

  @Test
  void shouldRejectUnknownSchemaVersion() {
    ObjectNode node = validRecord().put("schemaVersion", 7);

    assertThat(decode(node)).isInstanceOfSatisfying(Decoded.Rejected.class,
        r -> assertThat(r.reason()).contains("unknown enriched statement schemaVersion 7"));
  }

  @Test
  void shouldRejectUnknownStatementSchemaVersion() {
    ObjectNode node = validRecord();
    ((ObjectNode) node.get("statement")).put("schemaVersion", 2);

    assertThat(decode(node)).isInstanceOfSatisfying(Decoded.Rejected.class,
        r -> assertThat(r.reason()).contains("unknown statement schemaVersion 2"));
  }

  @Test
  void shouldRejectDateInYear20230() {
    ObjectNode node = validRecord();
    ((ObjectNode) node.get("statement")).put("published", "+20230-03-15T08:00:00Z");

    assertThat(decode(node)).isInstanceOfSatisfying(Decoded.Rejected.class,
        r -> assertThat(r.reason()).contains("published date").contains("20230")
            .contains("outside the plausible years 1900..2027"));
  }

  @Test
  void shouldRejectFieldOfWrongType() {
    ObjectNode node = validRecord();
    ((ObjectNode) node.get("facts")).put("wordCount", "many");

    assertThat(decode(node)).isInstanceOfSatisfying(Decoded.Rejected.class,
        r -> assertThat(r.reason()).contains("wordCount"));
  }

  @Test
  void shouldRejectHundredMegabyteText() {
    byte[] prefix = "{\"schemaVersion\":1,\"statement\":{\"schemaVersion\":1,\"id\":\"huge\",\"version\":1,\"text\":\""
        .getBytes(StandardCharsets.UTF_8);
    byte[] record = new byte[100 * 1024 * 1024 + prefix.length + 4];
    System.arraycopy(prefix, 0, record, 0, prefix.length);
    Arrays.fill(record, prefix.length, record.length - 4, (byte) 'a');
    System.arraycopy("\"}}".getBytes(StandardCharsets.UTF_8), 0, record, record.length - 4, 3);
    record[record.length - 1] = ' ';
    RecordDecoder bounded = new RecordDecoder(16 * 1024 * 1024, 4_000_000, 5000, CLOCK);

    assertThat(bounded.decode(TOPIC, record)).isInstanceOfSatisfying(Decoded.Rejected.class,
        r -> assertThat(r.reason()).contains("exceeds indexer.maxRecordBytes"));
    assertThat(decoder.decode(TOPIC, record)).isInstanceOfSatisfying(Decoded.Rejected.class,
        r -> assertThat(r.reason()).containsAnyOf("String value length", "maxTextChars"));
  }

  @Test
  void shouldRejectTextLongerThanConfigured() {
    RecordDecoder strict = new RecordDecoder(1 << 20, 100, 5000, CLOCK);

    assertThat(strict.decode(TOPIC, Json.toBytes(validRecord()))).isInstanceOfSatisfying(Decoded.Rejected.class,
        r -> assertThat(r.reason()).contains("more than indexer.maxTextChars (100)"));
  }

  @Test
  void shouldRejectIdLongerThanElasticsearchAllows() {
    ObjectNode node = validRecord();
    ((ObjectNode) node.get("statement")).put("id", "é".repeat(300));

    assertThat(decode(node)).isInstanceOfSatisfying(Decoded.Rejected.class,
        r -> assertThat(r.reason()).contains("600 bytes").contains("512"));
  }

  @Test
  void shouldSkipTombstone() {
    assertThat(decoder.decode(TOPIC, null)).isInstanceOf(Decoded.Skipped.class);
  }

  @Test
  void shouldMapAlertToRaisedMonth() {
    String alert = """
        {"schemaVersion":1,"id":"rule-7:st-1","rule":"missing-persons","kind":"match","statementId":"st-1",
         "title":"Appeal","raised":"2026-11-02T10:00:00Z","matched":["missing individuals"],"suppressed":0}
        """;

    Decoded decoded = decoder.decode(Topics.ALERTS.name(), alert.getBytes(StandardCharsets.UTF_8));

    assertThat(decoded).isInstanceOfSatisfying(Decoded.Accepted.class, a -> {
      assertThat(a.request().index()).isEqualTo("alerts-2026.11");
      assertThat(a.request().id()).isEqualTo("rule-7:st-1");
      assertThat(a.request().originalId()).isNull();
    });
  }
}
