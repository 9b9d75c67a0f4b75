package org.statementmonitor.enrich.entities;

import java.util.Set;

/**
 * Places named with no cue of their own, found by what people do there: "families from Kabarto
 * and Esyan told...", "returned to Hochaz", "deported from Bakhchysarai", "the road between Taza
 * and Bashir", an unknown name listed before a known place after a preposition ("from Chorku and
 * Isfara"), and a name set off by a comma before a district ("Alikhanli, Fuzuli district"). The
 * shape of a name (one to three capitalised words that are no one's given name, title, nationality
 * or organisation word) and the bookkeeping come from {@link PlaceCues}.
 */
final class PlaceContexts {

  /** People displaced or living somewhere, in lower case: "families from X", "the people of X". */
  private static final Set<String> GROUPS = Set.of(
      "families", "family", "residents", "villagers", "refugees", "idps", "displaced", "returnees", "farmers",
      "people", "women", "men", "children", "pupils", "students", "survivors", "evacuees", "inhabitants",
      "natives", "shepherds", "herders", "civilians", "relatives", "households", "migrants", "workers",
      "reporters", "journalists", "activists", "volunteers", "teachers", "doctors", "elders", "soldiers",
      "detainees", "prisoners", "victims", "witnesses", "pilgrims", "traders", "miners", "villages", "towns");
  /** Lower-case words for the people of a place, after its name: "Kok-Tash residents". */
  private static final Set<String> RESIDENTS = Set.of("residents", "villagers", "inhabitants", "natives");
  /** Lower-case nouns before "of" and a place: "the people of Chorku". */
  private static final Set<String> OF_GROUPS = Set.of(
      "people", "families", "population", "inhabitants", "refugees", "IDPs", "returnees");
  /** Verbs of moving, before "to", "from", "into", "in" (or "back to"). */
  private static final Set<String> MOVES = Set.of(
      "returned", "return", "returning", "returns", "fled", "flee", "fleeing", "moved", "moving", "relocated",
      "resettled", "deported", "expelled", "evacuated", "displaced", "driven", "transferred", "travelled",
      "traveled", "arrived", "came", "went", "headed", "settled", "born", "sheltering", "sheltered", "bused",
      "escaped", "forced", "exiled", "banished", "uprooted", "evicted", "removed", "ousted", "chased");
  private static final Set<String> MOVE_PREPOSITIONS = Set.of("to", "from", "into", "in");
  /** Places that stand somewhere: "the checkpoints at Kyzyl-Bel and Guliston", "the camp near X". */
  private static final Set<String> SITES = Set.of(
      "checkpoint", "checkpoints", "crossing", "crossings", "camp", "camps", "post", "posts", "positions",
      "base", "bases", "villages", "towns", "settlements", "shelter", "shelters", "school", "schools",
      "homes", "houses", "mosque", "church", "cemetery", "graves", "grave");
  /** Things that run between two places: "the road between X and Y". */
  private static final Set<String> ROUTES = Set.of(
      "road", "roads", "highway", "route", "routes", "railway", "border", "bridge", "canal", "pipeline", "corridor",
      "line", "crossing", "bus", "buses", "distance", "frontier", "path", "trains", "flights", "villages", "towns",
      "checkpoints", "track", "trail");
  /** Words before a list that ends with a known place: "from Chorku and Isfara". */
  private static final Set<String> LIST_OPENERS = Set.of(
      "in", "near", "from", "to", "of", "between", "around", "across", "at", "via", "towards", "outside", "into");
  private static final Set<String> PLACE_LEVELS = Set.of(
      "district", "region", "province", "oblast", "governorate", "municipality", "rayon", "raion", "county");

  private final Tokens t;
  private final PlaceCues places;

  PlaceContexts(Tokens tokens, PlaceCues places) {
    this.t = tokens;
    this.places = places;
  }

  /**
   * "Papravand, a village of the Aghdam district", "Hochaz, a small mountain village": a name
   * described after a comma by a lower-case place noun (noun at k) is a place.
   */
  void describedAs(int k) {
    int j = k - 1;
    while (j > k - 3 && j > 0 && t.kind(j) == Tokens.Kind.WORD && Character.isLowerCase(t.first(j))
        && !t.is(j, "a") && !t.is(j, "an") && !t.is(j, "the")) {
      j--;
    }
    if (j < 2 || !(t.is(j, "a") || t.is(j, "an") || t.is(j, "the")) || !t.isPunct(j - 1, ',')) {
      return;
    }
    int s = places.nameStart(j - 1);
    if (s >= 0 && j - 1 - s <= 2 && !places.isPersonWord(j - 2)) {
      places.addWeak(s, j - 1);
    }
  }

  /** "Kok-Tash residents say": a name before a lower-case word for the people who live there. */
  private void beforeResidents(int k) {
    int s = places.nameStart(k);
    if (s >= 0 && k - s <= 2 && !places.isPersonWord(k - 1)) {
      places.addWeak(s, k);
    }
  }

  /** Checks the lower-case word at k for a context that names a place after it. */
  void atWord(int k, String w) {
    int n = t.size();
    if (k > 0 && RESIDENTS.contains(w) && t.isCapitalized(k - 1)) {
      beforeResidents(k);
    }
    if (k + 1 >= n || !t.isCapitalized(k + 1) || t.newlinesBefore(k + 1) > 0) {
      return;
    }
    if (k > 0 && (w.equals("from") && GROUPS.contains(t.text(k - 1).toLowerCase(java.util.Locale.ROOT))
        || w.equals("of") && OF_GROUPS.contains(t.text(k - 1)))) {
      places.list(k + 1, true);
    } else if (MOVE_PREPOSITIONS.contains(w) && k > 0 && isMove(k - 1)) {
      places.list(k + 1, true);
    } else if ((w.equals("at") || w.equals("near") || w.equals("in")) && k > 0 && SITES.contains(t.text(k - 1))) {
      places.list(k + 1, true);
    } else if (w.equals("between") && k > 0 && ROUTES.contains(t.text(k - 1))) {
      pair(k + 1);
    }
  }

  /** "returned to", "fled back to", "were forced from". */
  private boolean isMove(int k) {
    if (t.is(k, "back") || t.is(k, "out")) {
      k--;
    }
    return k >= 0 && MOVES.contains(t.text(k));
  }

  /** "the road between Taza and Bashir": both names are places. */
  private void pair(int first) {
    int end1 = places.nameEnd(first);
    if (end1 == first || end1 + 1 >= t.size() || !t.is(end1, "and")) {
      return;
    }
    int second = end1 + 1;
    int end2 = places.nameEnd(second);
    if (end2 == second || (end2 < t.size() && t.isCapitalized(end2))) {
      return;
    }
    if (!places.isPersonWord(end1 - 1) && !places.isPersonWord(end2 - 1)) {
      places.addWeak(first, end1);
      places.addWeak(second, end2);
    }
  }

  /**
   * "from Chorku and Isfara", "in Leylan, Daquq": names before a known place starting at
   * placeStart, joined to it by "and", "or" or a comma, after a preposition.
   */
  void before(int placeStart) {
    int k = placeStart - 1;
    while (k >= 1 && (t.is(k, "and") || t.is(k, "or") || t.isPunct(k, ','))) {
      int s = places.nameStart(k);
      if (s < 1 || k - s > 2 || places.isPersonWord(k - 1)) {
        return;
      }
      boolean opened = LIST_OPENERS.contains(t.text(s - 1));
      boolean listed = t.isPunct(s - 1, ',') || t.is(s - 1, "and");
      if (!opened && !listed) {
        return;
      }
      if (opened) {
        places.addWeak(s, k);
        return;
      }
      k = s - 1;
    }
  }

  /** "Alikhanli, Fuzuli district": the name before the comma is a place in that district. */
  void beforeDistrict(int placeStart, int noun) {
    if (!PLACE_LEVELS.contains(t.text(noun)) || placeStart < 2 || !t.isPunct(placeStart - 1, ',')) {
      return;
    }
    int s = places.nameStart(placeStart - 1);
    if (s >= 0 && placeStart - 1 - s <= 2 && !places.isPersonWord(placeStart - 2)) {
      places.addWeak(s, placeStart - 1);
    }
  }
}
