package org.statementmonitor.indexer.mapping;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.statementmonitor.common.event.DuplicateInfo;
import org.statementmonitor.common.event.DuplicateStatus;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.event.Entity;
import org.statementmonitor.common.event.Facts;
import org.statementmonitor.common.event.LanguageInfo;
import org.statementmonitor.common.event.Statement;

/**
 * Maps an {@link EnrichedStatement} to the document of the statements template: snake_case fields,
 * canonical entity names as keyword arrays per type ({@code entities.person}, {@code entities.org}...)
 * for terms charts, entity objects with offsets as nested {@code entity_mentions}, normalised mentioned
 * dates and quantities as typed fields. The {@code pickups} fields are not written here: they belong to
 * the pickup summary (see {@code org.statementmonitor.indexer.pickup}).
 */
public final class StatementDocument {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final int maxEntityMentions;

  /** A mapper keeping at most {@code maxEntityMentions} entity objects per document. */
  public StatementDocument(int maxEntityMentions) {
    this.maxEntityMentions = maxEntityMentions;
  }

  /** The index a statement belongs to: by its published month, else its fetched month. */
  public static String indexFor(EnrichedStatement enriched) {
    return IndexLayout.statementsIndex(monthTime(enriched));
  }

  /** The time that decides the monthly index: published, else fetched, else enriched. */
  public static Instant monthTime(EnrichedStatement enriched) {
    Statement s = enriched.statement();
    if (s.published() != null) {
      return s.published();
    }
    if (s.fetched() != null) {
      return s.fetched();
    }
    return enriched.enriched() != null ? enriched.enriched() : Instant.EPOCH;
  }

  /** The document to index under the statement id. */
  public ObjectNode toDocument(EnrichedStatement enriched) {
    Statement s = enriched.statement();
    ObjectNode doc = NODES.objectNode();
    doc.put("id", s.id());
    doc.put("version", s.version());
    doc.put("url", s.url());
    doc.put("title", s.title());
    doc.put("text", s.text());
    strings(doc, "authors", s.authors());
    if (s.source() != null) {
      ObjectNode source = doc.putObject("source");
      source.put("name", s.source().name());
      source.put("type", s.source().type());
      strings(source, "tags", s.source().tags());
      source.put("feed_url", s.source().feedUrl());
    }
    instant(doc, "published", s.published());
    instant(doc, "fetched", s.fetched());
    instant(doc, "enriched", enriched.enriched());
    doc.put("content_type", s.contentType());
    doc.put("content_hash", s.contentHash());
    putLanguage(doc, enriched.language());
    putFacts(doc, enriched.facts());
    strings(doc, "flags", enriched.flags());
    putEntities(doc, enriched.entities());
    putDuplicate(doc, s.id(), enriched.duplicate());
    ObjectNode metadata = doc.putObject("metadata");
    for (Map.Entry<String, String> e : s.metadata().entrySet()) {
      metadata.put(e.getKey(), e.getValue());
    }
    return doc;
  }

  private static void putLanguage(ObjectNode doc, LanguageInfo language) {
    if (language == null) {
      return;
    }
    doc.put("language", language.code());
    doc.put("language_confidence", language.confidence());
    Set<String> codes = new LinkedHashSet<>();
    for (LanguageInfo.ParagraphLanguage p : language.paragraphs()) {
      if (p.code() != null) {
        codes.add(p.code());
      }
    }
    strings(doc, "paragraph_languages", codes);
  }

  private static void putFacts(ObjectNode doc, Facts facts) {
    if (facts == null) {
      return;
    }
    doc.put("lead", facts.lead());
    doc.put("kind", facts.kind());
    doc.put("word_count", facts.wordCount());
    ArrayNode signatories = doc.putArray("signatories");
    for (Facts.Signatory sig : facts.signatories()) {
      ObjectNode o = signatories.addObject();
      o.put("name", sig.name());
      o.put("role", sig.role());
      o.put("organization", sig.organization());
    }
  }

  private void putEntities(ObjectNode doc, List<Entity> entities) {
    Map<String, Set<String>> byType = new java.util.TreeMap<>();
    for (String field : List.of("person", "org", "loc", "law", "docref", "date", "quantity")) {
      byType.put(field, new LinkedHashSet<>());
    }
    Set<String> watchlists = new LinkedHashSet<>();
    Set<String> dates = new LinkedHashSet<>();
    ArrayNode mentions = doc.putArray("entity_mentions");
    ArrayNode quantities = doc.putArray("quantities");
    for (Entity e : entities) {
      String type = e.type() == null ? "" : e.type().toLowerCase(Locale.ROOT);
      String name = e.canonical() != null && !e.canonical().isBlank() ? e.canonical() : e.text();
      if (byType.containsKey(type) && name != null && !name.isBlank()) {
        byType.get(type).add(name);
      }
      if (e.watchlistId() != null) {
        watchlists.add(e.watchlistId());
      }
      if (type.equals("date")) {
        String date = mentionedDate(e.normalized());
        if (date != null) {
          dates.add(date);
        }
      }
      if (type.equals("quantity")) {
        Double value = number(e.normalized());
        if (value != null) {
          ObjectNode q = quantities.addObject();
          q.put("value", value);
          q.put("unit", e.unit());
          q.put("text", e.text());
        }
      }
      if (mentions.size() < maxEntityMentions) {
        ObjectNode m = mentions.addObject();
        m.put("type", e.type());
        m.put("text", e.text());
        m.put("canonical", e.canonical());
        m.put("start", e.start());
        m.put("end", e.end());
        m.put("watchlist_id", e.watchlistId());
        m.put("normalized", e.normalized());
        m.put("unit", e.unit());
        m.put("role", e.role());
      }
    }
    ObjectNode byTypeNode = doc.putObject("entities");
    byType.forEach((type, names) -> strings(byTypeNode, type, names));
    strings(doc, "watchlist_ids", watchlists);
    strings(doc, "dates_mentioned", dates);
  }

  private static void putDuplicate(ObjectNode doc, String id, DuplicateInfo dup) {
    DuplicateInfo d = dup == null ? DuplicateInfo.original(id) : dup;
    ObjectNode o = doc.putObject("duplicate");
    o.put("status", d.status());
    o.put("cluster_id", d.clusterId());
    o.put("original_id", d.originalId());
    o.put("is_original", isOriginal(d, id));
    o.put("similarity", d.similarity());
    o.put("containment", d.containment());
    Set<String> from = new LinkedHashSet<>();
    for (DuplicateInfo.ReusedPassage p : d.reused()) {
      if (p.fromStatementId() != null) {
        from.add(p.fromStatementId());
      }
    }
    strings(o, "reused_from", from);
  }

  /** True unless the statement is an exact or near copy of another statement. */
  public static boolean isOriginal(DuplicateInfo d, String id) {
    return d == null || !isCopyStatus(d.status()) || d.originalId() == null || d.originalId().equals(id);
  }

  /** True for the statuses that make a statement a copy (a pickup) of its original. */
  public static boolean isCopyStatus(String status) {
    return DuplicateStatus.EXACT_COPY.name().equals(status) || DuplicateStatus.NEAR_COPY.name().equals(status);
  }

  /**
   * A mentioned date normalised by enrich ("2023", "2023-07", "2023-07-28", or an interval whose start
   * is taken), as an ISO date of the first day it covers; null when it is no calendar date.
   */
  static String mentionedDate(String normalized) {
    if (normalized == null || normalized.isBlank()) {
      return null;
    }
    String start = normalized.split("/", 2)[0].trim();
    try {
      LocalDate date;
      if (start.matches("\\d{4}")) {
        date = LocalDate.of(Integer.parseInt(start), 1, 1);
      } else if (start.matches("\\d{4}-\\d{2}")) {
        date = YearMonth.parse(start).atDay(1);
      } else if (start.matches("\\d{4}-\\d{2}-\\d{2}")) {
        date = LocalDate.parse(start);
      } else {
        return null;
      }
      return date.getYear() >= 1000 ? date.toString() : null;
    } catch (DateTimeParseException | NumberFormatException e) {
      return null;
    }
  }

  private static Double number(String normalized) {
    if (normalized == null) {
      return null;
    }
    try {
      double v = Double.parseDouble(normalized.trim());
      return Double.isFinite(v) ? v : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static void strings(ObjectNode node, String field, Iterable<String> values) {
    ArrayNode array = node.putArray(field);
    Set<String> seen = new LinkedHashSet<>();
    for (String v : values) {
      if (v != null && seen.add(v)) {
        array.add(v);
      }
    }
  }

  private static void instant(ObjectNode node, String field, Instant value) {
    if (value != null) {
      node.put(field, value.toString());
    }
  }
}
