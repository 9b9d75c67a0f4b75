package org.statementmonitor.enrich.entities;

import java.util.List;
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
 * Names are runs of one to three capitalised words that are not common words, titles, given names,
 * nationality adjectives or organisation heads. Runs beside a known person or organisation are left
 * alone.
 */
final class PlaceCues {

  private static final Set<String> PLACE_NOUNS = Set.of(
      "region", "regions", "district", "districts", "province", "provinces", "governorate", "governorates",
      "municipality", "municipalities", "oblast", "oblasts", "rayon", "rayons", "village", "villages",
      "town", "city", "valley", "river", "county", "counties", "prefecture", "canton", "settlement",
      "settlements", "mountains", "gorge", "lake", "uyezd", "raion");
  private static final Set<String> OF_CUES = Set.of(
      "village", "villages", "town", "towns", "city", "cities", "district", "districts", "region", "regions",
      "province", "provinces", "settlement", "settlements", "municipality", "municipalities", "governorate");
  private static final Set<String> LOCATIVE = Set.of("in", "near", "around", "outside", "across");
  private static final String[] PLACE_SUFFIXES = {
      "abad", "stan", "kent", "kend", "kand", "grad", "gorod", "pol", "polis", "shahr", "shehr", "burg",
      "ville", "dzor", "ashen", "avan", "aran", "akh", "ija", "ovo", "evo", "ino", "sk", "insk"};
  private static final int MAX_WORDS = 3;

  private final Tokens t;
  private final Gazetteer gazetteer;
  private final boolean[] known;
  private final boolean[] place;
  private final List<Mention> out;

  PlaceCues(Tokens tokens, Gazetteer gazetteer, boolean[] known, List<Mention> out) {
    this.t = tokens;
    this.gazetteer = gazetteer;
    this.known = known;
    this.out = out;
    this.place = new boolean[tokens.size()];
    for (Mention m : out) {
      if (m.type == EntityType.LOC) {
        for (int k = Math.max(0, RuleBasedRecognizer.tokenAt(tokens, m.start)); k >= 0 && k < tokens.size()
            && tokens.start(k) < m.end; k++) {
          place[k] = true;
        }
      }
    }
  }

  void run() {
    int n = t.size();
    for (int k = 1; k < n; k++) {
      if (t.kind(k) != Tokens.Kind.WORD || !Character.isLowerCase(t.first(k))) {
        continue;
      }
      String w = t.text(k);
      if (PLACE_NOUNS.contains(w)) {
        nameBeforeNoun(k);
      }
      if (w.equals("of") && OF_CUES.contains(t.text(k - 1)) && k + 1 < n) {
        list(k + 1, true);
      } else if (w.equals("including") && k >= 2 && t.isPunct(k - 1, ',') && OF_CUES.contains(t.text(k - 2))
          && k + 1 < n) {
        list(k + 1, true);
      } else if (LOCATIVE.contains(w) && k + 1 < n) {
        int end = nameEnd(k + 1);
        if (end > k + 1 && end - (k + 1) <= 2 && !place[k + 1] && hasPlaceSuffix(t.text(end - 1))
            && (end == n || !t.isCapitalized(end))) {
          add(k + 1, end, false);
        }
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
      }
    }
  }

  /** "Uzgen district", "Fuzuli and Jabrayil districts". */
  private void nameBeforeNoun(int noun) {
    int start = nameStart(noun);
    if (start < 0) {
      return;
    }
    add(start, noun + 1, true);
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
  private void list(int k, boolean cued) {
    int n = t.size();
    while (k < n) {
      int end = nameEnd(k);
      if (end <= k || (!cued && end - k > 2)) {
        return;
      }
      if (end < n && t.isCapitalized(end)) {
        return;
      }
      if (!place[k]) {
        add(k, end, cued);
      }
      if (end < n && t.isPunct(end, ',') && end + 1 < n && t.text(end + 1).equals("and")) {
        end++;
      }
      if (end >= n || !(t.isPunct(end, ',') || t.text(end).equals("and"))) {
        return;
      }
      k = end + 1;
    }
  }

  /** Start of a name of 1-3 words ending just before token end, or -1. */
  private int nameStart(int end) {
    int s = end;
    while (s > 0 && end - s < MAX_WORDS && isNameWord(s - 1)) {
      s--;
    }
    return s == end || (s > 0 && t.isCapitalized(s - 1)) ? -1 : s;
  }

  /** End of a name of 1-3 words starting at token start (start itself when there is none). */
  private int nameEnd(int start) {
    int e = start;
    while (e < t.size() && e - start < MAX_WORDS && isNameWord(e)) {
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

  private static boolean hasPlaceSuffix(String word) {
    for (String s : PLACE_SUFFIXES) {
      if (word.length() > s.length() + 2 && word.endsWith(s)) {
        return true;
      }
    }
    return false;
  }

  private void add(int a, int b, boolean strong) {
    out.add(Mention.of(EntityType.LOC, t.start(a), t.end(b - 1),
        strong ? Priorities.GAZETTEER - 1 : Priorities.CHUNK - 1, null));
    for (int k = a; k < b; k++) {
      place[k] = true;
    }
  }
}
