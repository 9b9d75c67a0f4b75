package org.statementmonitor.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.statementmonitor.common.event.Source;
import org.statementmonitor.common.event.Statement;
import org.statementmonitor.common.topic.Topics;

class JsonSerdeTest {

  private static Statement statement() {
    return new Statement(Statement.SCHEMA_VERSION, "st-1", 1, false, "https://example.org/a",
        new Source("example", "rss", List.of("ngo"), "https://example.org/feed"), "Appeal",
        List.of("Secretariat"), Instant.parse("2023-01-12T10:00:00Z"), Instant.parse("2023-01-12T10:05:00Z"),
        "text/html", "Qərbi Azərbaycan İcması — “appeal” 中文", Map.of("pages", "2"), "abc");
  }

  @Test
  void shouldRoundTripStatementWithNonLatinTextAndIsoDates() {
    var serde = Topics.RAW.valueSerde();
    byte[] bytes = serde.serializer().serialize("t", statement());

    String json = new String(bytes, StandardCharsets.UTF_8);
    assertThat(json).contains("\"published\":\"2023-01-12T10:00:00Z\"").contains("Qərbi Azərbaycan İcması");
    assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(statement());
  }

  @Test
  void shouldNameTypeAndPositionWhenRecordIsNotJson() {
    var deserializer = Topics.RAW.valueSerde().deserializer();
    assertThatThrownBy(() -> deserializer.deserialize("t", "{\"id\": oops}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(JsonRecordException.class)
        .hasMessageContaining("not a valid Statement record")
        .hasMessageContaining("line 1");
  }

  @Test
  void shouldRefuseStatementWithoutId() {
    var deserializer = Topics.RAW.valueSerde().deserializer();
    assertThatThrownBy(() -> deserializer.deserialize("t", "{\"version\":1}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(JsonRecordException.class)
        .hasMessageContaining("statement id");
  }

  @Test
  void shouldPassNullThroughForTombstones() {
    assertThat(Topics.RAW.valueSerde().deserializer().deserialize("t", null)).isNull();
    assertThat(Topics.RAW.valueSerde().serializer().serialize("t", null)).isNull();
  }
}
