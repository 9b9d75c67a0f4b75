package org.statementmonitor.enrich.watchlist;

import java.util.List;
import java.util.Locale;
import org.statementmonitor.common.event.EntityType;

/**
 * One entity a monitoring team follows.
 *
 * @param id stable identifier carried by every matching entity
 * @param name canonical name
 * @param type PERSON, ORG, LOC, LAW... (see {@link EntityType})
 * @param aliases other spellings, former names, acronyms, names in other languages
 */
public record WatchlistEntry(String id, String name, String type, List<String> aliases) {
  public WatchlistEntry {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("watchlist entry needs an id (name: " + name + ")");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("watchlist entry " + id + " needs a name");
    }
    type = type == null ? EntityType.ORG.name() : type.strip().toUpperCase(Locale.ROOT);
    try {
      EntityType.valueOf(type);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("watchlist entry " + id + " has unknown type '" + type
          + "' (expected one of PERSON, ORG, LOC, DATE, QUANTITY, LAW, DOCREF)", e);
    }
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }

  /** The name and every alias. */
  public List<String> spellings() {
    List<String> all = new java.util.ArrayList<>(aliases.size() + 1);
    all.add(name);
    all.addAll(aliases);
    return all;
  }
}
