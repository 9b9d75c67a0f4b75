package org.statementmonitor.indexer.decode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.statementmonitor.common.event.Alert;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.event.Statement;
import org.statementmonitor.common.json.Json;
import org.statementmonitor.common.json.JsonRecordException;
import org.statementmonitor.common.topic.Topics;
import org.statementmonitor.indexer.mapping.AlertDocument;
import org.statementmonitor.indexer.mapping.StatementDocument;

/**
 * Turns the raw bytes of a record of the enriched or alerts topic into an {@link IndexRequest}, or
 * rejects it with the reason: too large, not JSON, a field of the wrong type, an unknown schema
 * version, a date outside the plausible range (a year 20230 is a typo that would otherwise create an
 * index for that year), a text longer than the configured bound. Pure and thread-safe.
 */
public final class RecordDecoder {

  /** Longest document id Elasticsearch accepts, in UTF-8 bytes. */
  public static final int MAX_ID_BYTES = 512;

  /** Earliest year accepted for published, fetched, enriched and raised times. */
  public static final int MIN_YEAR = 1900;

  private final int maxRecordBytes;
  private final int maxTextChars;
  private final StatementDocument statements;
  private final Clock clock;

  /** A decoder with these bounds; {@code clock} decides how far in the future a date may be. */
  public RecordDecoder(int maxRecordBytes, int maxTextChars, int maxEntityMentions, Clock clock) {
    this.maxRecordBytes = maxRecordBytes;
    this.maxTextChars = maxTextChars;
    this.statements = new StatementDocument(maxEntityMentions);
    this.clock = clock;
  }

  /** Decodes a record read from {@code topic}. */
  public Decoded decode(String topic, byte[] value) {
    if (value == null) {
      return new Decoded.Skipped("tombstone (null value)");
    }
    if (value.length > maxRecordBytes) {
      return new Decoded.Rejected("record of " + value.length + " bytes exceeds indexer.maxRecordBytes ("
          + maxRecordBytes + ")", null);
    }
    try {
      if (Topics.ALERTS.name().equals(topic)) {
        return decodeAlert(Json.fromBytes(value, Alert.class));
      }
      return decodeStatement(Json.fromBytes(value, EnrichedStatement.class));
    } catch (JsonRecordException e) {
      return new Decoded.Rejected(e.getMessage() + fieldPath(e.getCause()), e);
    } catch (RuntimeException e) {
      return new Decoded.Rejected("cannot map record to a document: " + e, e);
    }
  }

  private Decoded decodeStatement(EnrichedStatement enriched) {
    if (enriched.schemaVersion() != EnrichedStatement.SCHEMA_VERSION) {
      return unknownVersion("enriched statement", enriched.schemaVersion(), EnrichedStatement.SCHEMA_VERSION);
    }
    Statement s = enriched.statement();
    if (s.schemaVersion() != Statement.SCHEMA_VERSION) {
      return unknownVersion("statement", s.schemaVersion(), Statement.SCHEMA_VERSION);
    }
    if (tooLongForId(s.id())) {
      return new Decoded.Rejected("statement id of " + utf8Length(s.id()) + " bytes is longer than the "
          + MAX_ID_BYTES + " bytes Elasticsearch allows for a document id", null);
    }
    if (s.text().length() > maxTextChars) {
      return new Decoded.Rejected("statement " + s.id() + " has a text of " + s.text().length()
          + " characters, more than indexer.maxTextChars (" + maxTextChars + ")", null);
    }
    String badDate = firstImplausible("published", s.published(), "fetched", s.fetched(), "enriched",
        enriched.enriched());
    if (badDate != null) {
      return new Decoded.Rejected("statement " + s.id() + ": " + badDate, null);
    }
    byte[] source = bytes(statements.toDocument(enriched));
    String originalId = StatementDocument.isOriginal(enriched.duplicate(), s.id())
        ? s.id() : enriched.duplicate().originalId();
    return new Decoded.Accepted(new IndexRequest(StatementDocument.indexFor(enriched), s.id(), source,
        originalId, StatementDocument.monthTime(enriched)));
  }

  private Decoded decodeAlert(Alert alert) {
    if (alert.schemaVersion() != Alert.SCHEMA_VERSION) {
      return unknownVersion("alert", alert.schemaVersion(), Alert.SCHEMA_VERSION);
    }
    if (alert.id() == null || alert.id().isBlank()) {
      return new Decoded.Rejected("alert has no id", null);
    }
    if (tooLongForId(alert.id())) {
      return new Decoded.Rejected("alert id of " + utf8Length(alert.id()) + " bytes is longer than the "
          + MAX_ID_BYTES + " bytes Elasticsearch allows for a document id", null);
    }
    String badDate = firstImplausible("raised", alert.raised(), "published", alert.published(), null, null);
    if (badDate != null) {
      return new Decoded.Rejected("alert " + alert.id() + ": " + badDate, null);
    }
    return new Decoded.Accepted(new IndexRequest(AlertDocument.indexFor(alert), alert.id(),
        bytes(AlertDocument.toDocument(alert)), null, AlertDocument.monthTime(alert)));
  }

  /** Where in the record a type error is, as {@code " at field facts.wordCount"}. */
  private static String fieldPath(Throwable cause) {
    if (!(cause instanceof JsonMappingException jme) || jme.getPath().isEmpty()) {
      return "";
    }
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : jme.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "" : " at field " + path;
  }

  private static boolean tooLongForId(String id) {
    return id.length() > MAX_ID_BYTES / 4 && utf8Length(id) > MAX_ID_BYTES;
  }

  private static int utf8Length(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  private static Decoded unknownVersion(String what, int found, int known) {
    return new Decoded.Rejected("unknown " + what + " schemaVersion " + found + " (this indexer reads "
        + known + ")", null);
  }

  private String firstImplausible(String n1, Instant t1, String n2, Instant t2, String n3, Instant t3) {
    int maxYear = clock.instant().atZone(ZoneOffset.UTC).getYear() + 1;
    for (var pair : new Object[][] {{n1, t1}, {n2, t2}, {n3, t3}}) {
      Instant t = (Instant) pair[1];
      if (t == null) {
        continue;
      }
      int year = t.atZone(ZoneOffset.UTC).getYear();
      if (year < MIN_YEAR || year > maxYear) {
        return pair[0] + " date " + t + " is outside the plausible years " + MIN_YEAR + ".." + maxYear;
      }
    }
    return null;
  }

  private static byte[] bytes(Object document) {
    try {
      return Json.mapper().writeValueAsBytes(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise document", e);
    }
  }
}
