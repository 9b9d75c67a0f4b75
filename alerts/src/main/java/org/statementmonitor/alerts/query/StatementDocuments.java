package org.statementmonitor.alerts.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.statementmonitor.alerts.query.MappedStatement.FieldValue;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.event.Entity;
import org.statementmonitor.common.event.EntityType;
import org.statementmonitor.common.event.Facts;
import org.statementmonitor.common.event.Statement;

/**
 * Maps an {@link EnrichedStatement} to the Lucene document the rules run against (fields in {@link
 * StatementFields}). Offsets are indexed so a match can say where it stands in the text.
 */
public final class StatementDocuments {

  /** Text beyond this many characters is not matched (bounds the cost of one huge document). */
  public static final int MAX_TEXT_CHARS = 200_000;

  private static final FieldType TYPE = offsetsType();

  private StatementDocuments() {}

  /** The document of one statement. */
  public static MappedStatement map(EnrichedStatement enriched) {
    Statement s = enriched.statement();
    Document doc = new Document();
    Map<String, List<FieldValue>> values = new LinkedHashMap<>();
    String text = s.text().length() > MAX_TEXT_CHARS ? s.text().substring(0, MAX_TEXT_CHARS) : s.text();
    doc.add(new Field(StatementFields.TEXT, text, TYPE));
    if (s.title() != null) {
      doc.add(new Field(StatementFields.TITLE, s.title(), TYPE));
    }
    if (s.source() != null) {
      add(doc, values, StatementFields.SOURCE, s.source().name(), -1, -1);
      add(doc, values, StatementFields.SOURCE_TYPE, s.source().type(), -1, -1);
      s.source().tags().forEach(tag -> add(doc, values, StatementFields.SOURCE_TAGS, tag, -1, -1));
    }
    s.authors().forEach(a -> add(doc, values, StatementFields.AUTHOR, a, -1, -1));
    if (enriched.language() != null) {
      add(doc, values, StatementFields.LANGUAGE, enriched.language().code(), -1, -1);
    }
    for (Entity e : enriched.entities()) {
      addEntity(doc, values, e);
    }
    Facts facts = enriched.facts();
    if (facts != null) {
      add(doc, values, StatementFields.KIND, facts.kind(), -1, -1);
      for (Facts.Signatory sig : facts.signatories()) {
        add(doc, values, StatementFields.SIGNATORY, sig.name(), -1, -1);
        add(doc, values, StatementFields.SIGNATORY_ORG, sig.organization(), -1, -1);
      }
    }
    if (enriched.duplicate() != null && enriched.duplicate().status() != null) {
      add(doc, values, StatementFields.DUPLICATE, enriched.duplicate().status().toLowerCase(Locale.ROOT), -1, -1);
    }
    return new MappedStatement(enriched, doc, values);
  }

  private static void addEntity(Document doc, Map<String, List<FieldValue>> values, Entity e) {
    String field = entityField(e.type());
    if (field == null) {
      return;
    }
    String canonical = e.canonical() == null || e.canonical().isBlank() ? e.text() : e.canonical();
    add(doc, values, field, canonical, e.start(), e.end());
    add(doc, values, StatementFields.ENTITY, canonical, e.start(), e.end());
    if (e.text() != null && !e.text().equalsIgnoreCase(canonical)) {
      add(doc, values, field, e.text(), e.start(), e.end());
      add(doc, values, StatementFields.ENTITY, e.text(), e.start(), e.end());
    }
    for (String form : e.surfaceForms()) {
      if (!form.equalsIgnoreCase(canonical) && !form.equalsIgnoreCase(e.text())) {
        add(doc, values, field, form, e.start(), e.end());
      }
    }
    add(doc, values, StatementFields.WATCHLIST, e.watchlistId(), e.start(), e.end());
  }

  private static String entityField(String type) {
    if (type == null) {
      return null;
    }
    try {
      return StatementFields.entityField(EntityType.valueOf(type.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static void add(Document doc, Map<String, List<FieldValue>> values, String field, String value,
      int start, int end) {
    if (value == null || value.isBlank()) {
      return;
    }
    String normalized = collapseWhitespace(value);
    doc.add(new Field(field, normalized, TYPE));
    values.computeIfAbsent(field, f -> new ArrayList<>()).add(new FieldValue(normalized, start, end));
  }

  /** {@code value} stripped, with every run of whitespace made one space ({@link Whitespace}). */
  static String collapseWhitespace(String value) {
    return Whitespace.collapseStripped(value);
  }

  private static FieldType offsetsType() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(false);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
