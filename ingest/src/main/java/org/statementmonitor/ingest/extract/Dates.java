package org.statementmonitor.ingest.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads publication dates as pages and feeds write them: ISO-8601 instants, offsets, local date-times
 * (taken as UTC), plain dates, and RFC 1123 dates. Returns null for anything else.
 */
public final class Dates {

  private Dates() {}

  /** The instant a date text denotes, or null. */
  public static Instant parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.trim();
    try {
      return OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      // next
    }
    try {
      return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // next
    }
    try {
      String compact = t.length() > 5 && t.matches(".*[+-]\\d{4}$")
          ? t.substring(0, t.length() - 2) + ":" + t.substring(t.length() - 2) : t;
      return OffsetDateTime.parse(compact).toInstant();
    } catch (DateTimeParseException e) {
      // next
    }
    try {
      return LocalDate.parse(t.length() >= 10 ? t.substring(0, 10) : t).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
