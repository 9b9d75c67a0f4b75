package org.statementmonitor.indexer.kibana;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.statementmonitor.indexer.mapping.IndexTemplates;

/**
 * Checks the Kibana saved objects against the index templates: every line parses, every reference
 * resolves, and every field a visualisation aggregates on or a saved search shows exists in the
 * template of its data view, with a type that aggregation accepts (a terms chart on a text field, a
 * date histogram on a keyword, or a field inside a nested object would fail in Kibana).
 */
class KibanaSavedObjectsTest {

  private static final Path NDJSON = Path.of("..", "kibana", "saved-objects.ndjson");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> TERMS_TYPES = Set.of("keyword", "boolean", "integer", "long", "float",
      "double", "date");
  private static final Set<String> NUMERIC = Set.of("integer", "long", "float", "double");

  private static final List<JsonNode> objects = new ArrayList<>();
  private static final Map<String, Map<String, String>> fieldsByDataView = new HashMap<>();

  @BeforeAll
  static void load() throws IOException {
    for (String line : Files.readAllLines(NDJSON, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        objects.add(JSON.readTree(line));
      }
    }
    fieldsByDataView.put("statements", fields(IndexTemplates.STATEMENTS_RESOURCE));
    fieldsByDataView.put("alerts", fields(IndexTemplates.ALERTS_RESOURCE));
  }

  @Test
  void shouldDefineDataViewsWithDateTimeFields() {
    List<JsonNode> views = ofType("index-pattern");
    assertThat(views).extracting(v -> v.get("id").asText()).containsExactlyInAnyOrder("statements", "alerts");
    for (JsonNode view : views) {
      String time = view.at("/attributes/timeFieldName").asText();
      assertThat(fieldsByDataView.get(view.get("id").asText())).containsEntry(time, "date");
      assertThat(view.at("/attributes/title").asText()).isEqualTo(view.get("id").asText());
    }
  }

  @Test
  void shouldResolveEveryReference() {
    Set<String> ids = new HashSet<>();
    objects.forEach(o -> ids.add(o.get("type").asText() + ":" + o.get("id").asText()));
    for (JsonNode o : objects) {
      for (JsonNode ref : o.path("references")) {
        assertThat(ids).as("reference %s of %s", ref, o.get("id")).contains(
            ref.get("type").asText() + ":" + ref.get("id").asText());
      }
    }
  }

  @Test
  void shouldAggregateOnlyOnDefinedFieldsOfSuitableType() throws IOException {
    List<JsonNode> visualisations = ofType("visualization");
    assertThat(visualisations).hasSizeGreaterThanOrEqualTo(8);
    for (JsonNode vis : visualisations) {
      Map<String, String> fields = fieldsByDataView.get(dataView(vis));
      JsonNode state = JSON.readTree(vis.at("/attributes/visState").asText());
      for (JsonNode agg : state.get("aggs")) {
        String field = agg.at("/params/field").asText(null);
        if (field == null) {
          continue;
        }
        String type = fields.get(field);
        String where = vis.get("id").asText() + " aggregation " + agg.get("type").asText() + " on " + field;
        assertThat(type).as(where + ": field not in the template (or inside a nested object)").isNotNull();
        switch (agg.get("type").asText()) {
          case "terms", "cardinality" -> assertThat(TERMS_TYPES).as(where).contains(type);
          case "date_histogram" -> assertThat(type).as(where).isEqualTo("date");
          case "sum", "avg", "min", "max", "histogram" -> assertThat(NUMERIC).as(where).contains(type);
          default -> throw new AssertionError(where + ": aggregation type not checked by this test");
        }
      }
    }
  }

  @Test
  void shouldShowOnlyDefinedColumnsInSavedSearch() {
    JsonNode search = ofType("search").get(0);
    Map<String, String> fields = fieldsByDataView.get(dataView(search));
    for (JsonNode column : search.at("/attributes/columns")) {
      assertThat(fields).as("column %s", column).containsKey(column.asText());
    }
    assertThat(fields).containsEntry(search.at("/attributes/sort/0/0").asText(), "date");
  }

  @Test
  void shouldPlaceEveryPanelOfTheDashboard() throws IOException {
    JsonNode dashboard = ofType("dashboard").get(0);
    JsonNode panels = JSON.readTree(dashboard.at("/attributes/panelsJSON").asText());
    Set<String> refNames = new HashSet<>();
    dashboard.get("references").forEach(r -> refNames.add(r.get("name").asText()));
    assertThat(panels.size()).isEqualTo(ofType("visualization").size() + ofType("search").size());
    for (JsonNode panel : panels) {
      assertThat(refNames).contains(panel.get("panelRefName").asText());
    }
  }

  private static List<JsonNode> ofType(String type) {
    return objects.stream().filter(o -> o.get("type").asText().equals(type)).toList();
  }

  private static String dataView(JsonNode object) {
    for (JsonNode ref : object.get("references")) {
      if (ref.get("type").asText().equals("index-pattern")) {
        return ref.get("id").asText();
      }
    }
    throw new AssertionError(object.get("id") + " refers to no data view");
  }

  /** Field path to type for every aggregatable field of a template; fields inside nested objects are left out. */
  private static Map<String, String> fields(String resource) {
    Map<String, String> out = new HashMap<>();
    collect(IndexTemplates.load(resource).at("/template/mappings/properties"), "", out);
    return out;
  }

  private static void collect(JsonNode properties, String prefix, Map<String, String> out) {
    properties.fields().forEachRemaining(e -> {
      JsonNode mapping = e.getValue();
      String name = prefix + e.getKey();
      String type = mapping.path("type").asText("object");
      if (type.equals("nested") || !mapping.path("enabled").asBoolean(true)) {
        return;
      }
      if (mapping.has("properties")) {
        collect(mapping.get("properties"), name + ".", out);
      } else {
        out.put(name, type);
      }
      mapping.path("fields").fields().forEachRemaining(sub ->
          out.put(name + "." + sub.getKey(), sub.getValue().path("type").asText()));
    });
  }
}
