package org.statementmonitor.common.event;

import java.util.List;

/**
 * A named entity found in a statement's text.
 *
 * @param type PERSON, ORG, LOC, DATE, QUANTITY, LAW or DOCREF (see {@link EntityType})
 * @param text the surface form as written
 * @param canonical the canonical name (watchlist name, long form of an acronym, normalised spelling)
 * @param start offset of the first character in the statement text
 * @param end offset after the last character
 * @param watchlistId id of the watchlist entry it matched, or null
 * @param normalized normalised value: ISO-8601 date or interval for DATE, the number for QUANTITY
 * @param unit what a QUANTITY counts ("Azerbaijanis", "missing individuals"), else null
 * @param role title or role stated for a PERSON ("Chairman"), else null
 * @param surfaceForms other spellings of the same entity in this statement
 */
public record Entity(
    String type,
    String text,
    String canonical,
    int start,
    int end,
    String watchlistId,
    String normalized,
    String unit,
    String role,
    List<String> surfaceForms) {
  public Entity {
    surfaceForms = surfaceForms == null ? List.of() : List.copyOf(surfaceForms);
  }

  /** A plain entity with no watchlist link, normalisation or role. */
  public static Entity of(EntityType type, String text, String canonical, int start, int end) {
    return new Entity(type.name(), text, canonical, start, end, null, null, null, null, List.of());
  }
}
