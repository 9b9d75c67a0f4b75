package org.statementmonitor.indexer.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.statementmonitor.indexer.StatementFixture;

class StatementDocumentTest {

  private final StatementDocument mapper = new StatementDocument(5000);
  private final ObjectNode doc = mapper.toDocument(
      StatementFixture.appeal("st-1", Instant.parse("2024-03-15T08:00:00Z")));

  @Test
  void shouldListCanonicalEntityNamesPerType() {
    assertThat(texts(doc.at("/entities/org")))
        .containsExactly("Caspian Heritage Union", "United Nations Human Rights Council");
    assertThat(texts(doc.at("/entities/person"))).containsExactly("Leyla Rahimova");
    assertThat(texts(doc.at("/entities/loc"))).containsExactly("Baku");
  }

  @Test
  void shouldKeepEntityOffsetsForHighlighting() {
    JsonNode first = doc.at("/entity_mentions/0");
    assertThat(first.get("start").asInt()).isEqualTo(4);
    assertThat(first.get("end").asInt()).isEqualTo(26);
  }

  @Test
  void shouldTypeMentionedDatesAndQuantities() {
    assertThat(texts(doc.get("dates_mentioned"))).containsExactly("2024-03-14");
    assertThat(doc.at("/quantities/0/value").asDouble()).isEqualTo(3000.0);
    assertThat(doc.at("/quantities/0/unit").asText()).isEqualTo("missing individuals");
  }

  @Test
  void shouldNormaliseMentionedDatesOrDropThem() {
    assertThat(StatementDocument.mentionedDate("1991")).isEqualTo("1991-01-01");
    assertThat(StatementDocument.mentionedDate("2023-07")).isEqualTo("2023-07-01");
    assertThat(StatementDocument.mentionedDate("1987/1991")).isEqualTo("1987-01-01");
    assertThat(StatementDocument.mentionedDate("autumn 2020")).isNull();
    assertThat(StatementDocument.mentionedDate("2023-13-45")).isNull();
  }

  @Test
  void shouldWriteOnlyFieldsTheTemplateDefines() {
    JsonNode properties = IndexTemplates.load(IndexTemplates.STATEMENTS_RESOURCE).at("/template/mappings/properties");
    List<String> undefined = new ArrayList<>();
    collectUndefined(doc, properties, "", undefined);
    assertThat(undefined).isEmpty();
  }

  private static void collectUndefined(JsonNode node, JsonNode properties, String path, List<String> undefined) {
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode mapping = properties.get(field.getKey());
      String name = path + field.getKey();
      if (mapping == null) {
        undefined.add(name);
        continue;
      }
      if (mapping.has("enabled") && !mapping.get("enabled").asBoolean()) {
        continue;
      }
      JsonNode value = field.getValue().isArray() && !field.getValue().isEmpty() ? field.getValue().get(0)
          : field.getValue();
      if (value.isObject()) {
        collectUndefined(value, mapping.path("properties"), name + ".", undefined);
      }
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
