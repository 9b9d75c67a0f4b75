package org.statementmonitor.enrich.watchlist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.statementmonitor.common.event.Entity;

/**
 * Links entities to the watchlist. Every watchlist name found in the text becomes an entity with
 * the watchlist id and canonical name (replacing whatever the recogniser found over the same
 * characters, keeping a person's role); every other mention of the same canonical entity (a
 * surname alone, an acronym) inherits the id.
 */
public final class WatchlistLinker {

  private WatchlistLinker() {}

  /** The entities with watchlist links applied. */
  public static List<Entity> link(String text, List<Entity> entities, Watchlist watchlist) {
    if (watchlist.isEmpty()) {
      return entities;
    }
    List<Watchlist.Hit> hits = watchlist.find(text);
    if (hits.isEmpty()) {
      return entities;
    }
    List<Entity> out = new ArrayList<>(entities.size() + hits.size());
    Map<String, WatchlistEntry> byCanonical = new HashMap<>();
    for (Entity e : entities) {
      Watchlist.Hit hit = overlapping(hits, e);
      if (hit == null) {
        out.add(e);
      } else {
        byCanonical.put(e.type() + ":" + e.canonical(), hit.entry());
      }
    }
    for (Watchlist.Hit hit : hits) {
      Entity replaced = entities.stream().filter(e -> e.start() < hit.end() && hit.start() < e.end())
          .findFirst().orElse(null);
      out.add(new Entity(hit.entry().type(), text.substring(hit.start(), hit.end()), hit.entry().name(),
          hit.start(), hit.end(), hit.entry().id(), null, null, replaced == null ? null : replaced.role(),
          replaced == null ? List.of() : replaced.surfaceForms()));
    }
    for (int i = 0; i < out.size(); i++) {
      Entity e = out.get(i);
      WatchlistEntry entry = e.watchlistId() == null ? byCanonical.get(e.type() + ":" + e.canonical()) : null;
      if (entry != null) {
        out.set(i, new Entity(e.type(), e.text(), entry.name(), e.start(), e.end(), entry.id(),
            e.normalized(), e.unit(), e.role(), e.surfaceForms()));
      }
    }
    out.sort(Comparator.comparingInt(Entity::start));
    return out;
  }

  private static Watchlist.Hit overlapping(List<Watchlist.Hit> hits, Entity e) {
    for (Watchlist.Hit h : hits) {
      if (h.start() < e.end() && e.start() < h.end()) {
        return h;
      }
    }
    return null;
  }
}
