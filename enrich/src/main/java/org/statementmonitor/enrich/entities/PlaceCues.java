package org.statementmonitor.enrich.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.statementmonitor.common.event.EntityType;

/**
 * Places that no gazetteer lists, found by the words around them:
 *
 * <ul>
 *   <li>a name before a lower-case place noun: "Uzgen district", "Gori municipality", "the Fuzuli and
 *       Jabrayil districts" (each name of the list is a place);
 *   <li>a list after "the village(s)/town/district of": "the villages of Horadiz, Ashagi Veysalli and
 *       Gochahmadli";
 *   <li>an unknown name listed with known places: "Kirkuk, Tuz Khurmatu, Tal Afar and Amirli";
 *   <li>an unknown name after a locative preposition ("in", "near", "around") whose last word ends like
 *       a place name (-abad, -stan, -kent, -grad...).
 * </ul>
 *
 * {@link PlaceContexts} adds the contexts of people and routes ("families from X", "returned to X",
 * "the road between X and Y"); {@link PlaceShapes} holds the endings and prefixes of place names.
 *
 * Names are runs of one to three capitalised words that are not common words, titles, given names,
 * nationality adjectives or organisation heads. Runs beside a known person or organisation are left
 * alone.
 */
final class PlaceCues {

  private static final Set<String> PLACE_NOUNS = Set.of(
      "region", "regions", "district", "districts", "province", "provinces", "governorate", "governorates",
      "municipality", "municipalities", "oblast", "oblasts", "rayon", "rayons", "village", "villages",
      "town", "city", "valley", "river", "county", "counties", "prefecture", "canton", "settlement",
      "settlements", "mountains", "gorge", "lake", "uyezd", "raion", "crossing", "checkpoint", "corridor",
      "highway", "pass", "camp", "camps", "street", "avenue", "boulevard", "square", "prospekt");
  private static final Set<String> OF_CUES = Set.of(
      "village", "villages", "town", "towns", "city", "cities", "district", "districts", "region", "regions",
      "province", "provinces", "settlement", "settlements", "municipality", "municipalities", "governorate",
      "hamlet", "hamlets", "outskirts", "suburbs", "suburb", "residents", "villagers", "natives", "inhabitants",
      "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest");
  /** Prepositions before a place; a name after them is a place when it ends like one. */
  private static final Set<String> LOCATIVE = Set.of(
      "in", "near", "around", "outside", "across", "from", "to", "via", "towards");
  /** Where a name ending like a village of the region (-li, -lar) is taken as a place: not "to", "from". */
  private static final Set<String> STRICT_LOCATIVE = Set.of("in", "near", "around", "outside", "across");
  private static final int MAX_WORDS = 3;

  private final Tokens t;
  private final Gazetteer gazetteer;
  private final boolean[] known;
  private final boolean[] place;
  private final List<Mention> out;
  /** Names this class found, folded, with their number of words: other mentions of them are places too. */
  private final Map<String, Integer> found = new HashMap<>();
  private final PlaceContexts contexts;

  PlaceCues(Tokens tokens, Gazetteer gazetteer, boolean[] known, List<Mention> out) {
    this.t = tokens;
    this.gazetteer = gazetteer;
    this.known = known;
    this.out = out;
    this.place = new boolean[tokens.size()];
    this.contexts = new PlaceContexts(tokens, this);
    for (Mention m : out) {
      if (m.type == EntityType.LOC) {
        int first = Math.max(0, RuleBasedRecognizer.tokenAt(tokens, m.start));
        int k = first;
        for (; k < tokens.size() && tokens.start(k) < m.end; k++) {
          place[k] = true;
        }
        if (m.priority < Priorities.GAZETTEER && k > first && k - first <= MAX_WORDS) {
          found.putIfAbsent(key(first, k), k - first);
        }
      }
    }
  }

  void run() {
    int n = t.size();
    for (int k = 0; k + 1 < n; k++) {
      if (t.isCapitalized(k) && t.length(k) >= 4 && t.length(k) <= 9 && "YABKNVS".indexOf(t.first(k)) >= 0
          && PlaceShapes.isPrefix(t.text(k)) && isNameWord(k + 1)
          && !place[k + 1]) {
        add(k, nameEnd(k + 1), true);
      }
    }
    if (n > 1 && t.kind(0) == Tokens.Kind.WORD && LOCATIVE.contains(t.text(0).toLowerCase(Locale.ROOT))) {
      afterLocative(0, t.text(0).toLowerCase(Locale.ROOT));
    }
    for (int k = 1; k < n; k++) {
      if (t.kind(k) != Tokens.Kind.WORD) {
        continue;
      }
      String w;
      if (Character.isLowerCase(t.first(k))) {
        w = t.text(k);
      } else if (t.length(k) <= 7) {
        w = t.text(k).toLowerCase(Locale.ROOT);
        if (!isSentenceStartCue(w, k)) {
          continue;
        }
      } else {
        continue;
      }
      if (PLACE_NOUNS.contains(w)) {
        nameBeforeNoun(k);
        contexts.describedAs(k);
      }
      contexts.atWord(k, w);
      if (w.equals("of") && OF_CUES.contains(t.text(k - 1).toLowerCase(Locale.ROOT)) && k + 1 < n) {
        list(k + 1, true);
      } else if (isListCue(w, k) && k + 1 < n) {
        list(k + 1, true);
      } else if (LOCATIVE.contains(w) && k + 1 < n) {
        afterLocative(k, w);
      } else if (w.equals("between") && k + 1 < n) {
        pairWithPlace(k + 1, "and");
      }
    }
    for (int k = 0; k < n; k++) {
      if (place[k] && (k == 0 || !place[k - 1])) {
        int end = k;
        while (end < n && place[end]) {
          end++;
        }
        if (end < n && (t.isPunct(end, ',') || t.text(end).equals("and"))) {
          list(end + 1, false);
        }
        if (known[k] && k > 1) {
          contexts.before(k);
        }
      }
    }
    propagate();
  }

  /** Every other mention of a name found by a cue is the same place ("the village of X" ... "in X"). */
  private void propagate() {
    if (found.isEmpty()) {
      return;
    }
    java.util.Set<Character> initials = new java.util.HashSet<>();
    java.util.Set<String> firstWords = new java.util.HashSet<>();
    found.keySet().forEach(key -> {
      initials.add(key.charAt(0));
      firstWords.add(key.substring(0, key.indexOf(' ')));
    });
    int n = t.size();
    for (int k = 0; k < n; k++) {
      if (place[k] || known[k] || !t.isCapitalized(k) || !initials.contains(Character.toLowerCase(t.first(k)))
          || !firstWords.contains(FoldedText.key(t.text(k)))
          || (k > 0 && t.isCapitalized(k - 1) && !gazetteer.isCommonWord(t.text(k - 1)))) {
        continue;
      }
      for (int len = Math.min(MAX_WORDS, n - k); len >= 1; len--) {
        Integer words = found.get(key(k, k + len));
        if (words != null && (k + len == n || !t.isCapitalized(k + len))) {
          add(k, k + len, false);
          k += len - 1;
          break;
        }
      }
    }
  }

  private String key(int a, int b) {
    StringBuilder sb = new StringBuilder();
    for (int k = a; k < b; k++) {
      sb.append(FoldedText.key(t.text(k))).append(' ');
    }
    return sb.toString();
  }

  /**
   * "in Kanibadam, the bypass...", "In Sheikhan and Qaraqosh, the programme...": names of one or
   * two words after "in" or "near", joined by commas or "and" and closed by a comma, full stop or
   * semicolon, are places.
   */
  private void closedList(int k) {
    int n = t.size();
    int[] starts = new int[4];
    int[] ends = new int[4];
    int names = 0;
    boolean and = false;
    while (names < starts.length) {
      int end = nameEnd(k);
      if (end == k || end - k > 2 || isPersonWord(end - 1)) {
        return;
      }
      starts[names] = k;
      ends[names++] = end;
      if (end < n && t.is(end, "and")) {
        and = true;
        k = end + 1;
      } else if (end + 1 < n && t.isPunct(end, ',') && t.isCapitalized(end + 1) && names < starts.length - 1
          && nameEnd(end + 1) > end + 1 && listContinues(nameEnd(end + 1))) {
        k = end + 1;
      } else {
        // "in Iran, Mai Sato, to...": names joined by commas alone are an apposition, not a list;
        // "in Kurortne, Strogonovka and Zelenohirske had...": three names with "and" need no closing.
        boolean closed = end < n && isClauseEnd(end) && (names == 1 || and);
        if (closed || (names >= 3 && and)) {
          for (int i = 0; i < names; i++) {
            if (!place[starts[i]]) {
              add(starts[i], ends[i], false);
            }
          }
        }
        return;
      }
    }
  }

  /** True when a comma or "and" follows, so "in A, B and C," is one list. */
  private boolean listContinues(int end) {
    return end < t.size() && (t.isPunct(end, ',') || t.is(end, "and"));
  }

  /** "in Kanibadam, the bypass...": a comma, full stop or semicolon closes the name. */
  private boolean isClauseEnd(int k) {
    return t.isPunct(k, ',') || t.isPunct(k, '.') || t.isPunct(k, ';');
  }

  /** A name after "in", "near", "from"... that ends like a place or closes a clause. */
  private void afterLocative(int k, String w) {
    int n = t.size();
    int end = nameEnd(k + 1);
    if (end > k + 1 && end - (k + 1) <= 2 && !place[k + 1] && (end == n || !t.isCapitalized(end))
        && (PlaceShapes.hasPlaceEnding(t.text(end - 1))
            || (STRICT_LOCATIVE.contains(w) && PlaceShapes.hasVillageEnding(t.text(end - 1))
                && !isPersonWord(end - 1)))) {
      add(k + 1, end, false);
    }
    if (w.equals("in") || w.equals("near")) {
      closedList(k + 1);
    }
    if (w.equals("from")) {
      pairWithPlace(k + 1, "to");
    }
  }

  /** "In X", "Near X", "Between X and Y" opening a sentence. */
  private boolean isSentenceStartCue(String lower, int k) {
    return (LOCATIVE.contains(lower) || lower.equals("between")) && t.isSentenceStart(k);
  }

  /** "villages, including X", "villages such as X", "towns like X". */
  private boolean isListCue(String w, int k) {
    int before = k - 1;
    if (w.equals("as") && t.is(before, "such")) {
      before--;
    } else if (!w.equals("including") && !w.equals("like")) {
      return false;
    }
    if (before >= 0 && t.isPunct(before, ',')) {
      before--;
    }
    return before >= 0 && OF_CUES.contains(t.text(before).toLowerCase(Locale.ROOT));
  }

  /** "from X to Y", "between X and Y": when one of the two names is a known place, so is the other. */
  private void pairWithPlace(int first, String joiner) {
    int end1 = nameEnd(first);
    if (end1 == first || end1 + 1 >= t.size() || !t.text(end1).equals(joiner)) {
      return;
    }
    int second = end1 + 1;
    int end2 = nameEnd(second);
    if (end2 == second || (end2 < t.size() && t.isCapitalized(end2))) {
      return;
    }
    if (place[first] && !place[second]) {
      add(second, end2, false);
    } else if (place[second] && !place[first]) {
      add(first, end1, false);
    }
  }

  /** True when the word is the surname of a person already found ("Ms. Huseynli ... in Huseynli"). */
  boolean isPersonWord(int k) {
    for (Mention m : out) {
      if (m.type == EntityType.PERSON && m.end - m.start >= t.end(k) - t.start(k)
          && t.source().regionMatches(m.end - (t.end(k) - t.start(k)), t.text(k), 0, t.end(k) - t.start(k))) {
        return true;
      }
    }
    return false;
  }

  /** "Uzgen district", "Fuzuli and Jabrayil districts". */
  private void nameBeforeNoun(int noun) {
    int start = nameStart(noun);
    if (start < 0) {
      return;
    }
    add(start, noun + 1, true);
    contexts.beforeDistrict(start, noun);
    int k = start - 1;
    while (k >= 1 && (t.text(k).equals("and") || t.isPunct(k, ','))) {
      int s = nameStart(k);
      if (s < 0) {
        break;
      }
      add(s, k, true);
      k = s - 1;
    }
  }

  /** Names separated by commas and "and", from token k on; each a place. */
  void list(int k, boolean cued) {
    int n = t.size();
    int[] starts = new int[8];
    int[] ends = new int[8];
    int items = 0;
    boolean pendingAnd = k > 0 && (t.is(k - 1, "and") || t.is(k - 1, "or"));
    boolean joinedByAnd = false;
    while (k < n && items < starts.length) {
      int end = nameEnd(k);
      if (end <= k || (!cued && end - k > 2) || (end < n && t.isCapitalized(end))) {
        break;
      }
      starts[items] = k;
      ends[items++] = end;
      joinedByAnd |= pendingAnd;
      if (end < n && t.isPunct(end, ',') && end + 1 < n && t.text(end + 1).equals("and")) {
        end++;
      }
      if (end >= n || !(t.isPunct(end, ',') || t.text(end).equals("and") || (cued && t.is(end, "or")))) {
        break;
      }
      pendingAnd = !t.isPunct(end, ',');
      k = end + 1;
    }
    // "Iran, Mai Sato, to raise...": one name after a comma is more often an apposition than a list.
    if (!cued && !joinedByAnd && items < 2) {
      return;
    }
    for (int i = 0; i < items; i++) {
      if (!place[starts[i]]) {
        add(starts[i], ends[i], cued);
      }
    }
  }

  /** Start of a name of 1-3 words on one line ending just before token end, or -1. */
  int nameStart(int end) {
    int s = end;
    while (s > 0 && end - s < MAX_WORDS && isNameWord(s - 1) && t.newlinesBefore(s) == 0) {
      s--;
    }
    return s == end || (s > 0 && t.isCapitalized(s - 1) && t.newlinesBefore(s) == 0) ? -1 : s;
  }

  /** End of a name of 1-3 words on one line starting at token start (start itself when there is none). */
  int nameEnd(int start) {
    int e = start;
    while (e < t.size() && e - start < MAX_WORDS && isNameWord(e) && (e == start || t.newlinesBefore(e) == 0)) {
      e++;
    }
    return e;
  }

  private boolean isNameWord(int k) {
    if (!t.isCapitalized(k) || t.isAllCaps(k) || (known[k] && !place[k])) {
      return false;
    }
    String w = t.text(k);
    return !gazetteer.isCommonWord(w) && !gazetteer.isRoleWord(w) && !gazetteer.isGivenName(w)
        && !NameHeads.isNotName(w) && NameHeads.headType(w) != EntityType.ORG
        && NameHeads.headType(w) != EntityType.LAW;
  }


  /** A place found by its context, not by a place noun: it yields to a longer or stronger name. */
  void addWeak(int a, int b) {
    if (!place[a]) {
      add(a, b, false);
    }
  }

  private void add(int a, int b, boolean strong) {
    out.add(Mention.of(EntityType.LOC, t.start(a), t.end(b - 1),
        strong ? Priorities.GAZETTEER - 1 : Priorities.CHUNK - 1, null));
    for (int k = a; k < b; k++) {
      place[k] = true;
    }
    found.putIfAbsent(key(a, b), b - a);
  }
}
