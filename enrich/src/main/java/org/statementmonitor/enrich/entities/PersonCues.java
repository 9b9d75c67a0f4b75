package org.statementmonitor.enrich.entities;

import java.util.Locale;
import java.util.Set;

/**
 * Evidence that a capitalised run of words with no title before it is a person's name: a known
 * given name first, a surname ending of the region last, a verb of speech before it ("said Gela
 * Kapanadze"), or a role before it with the name set off by commas ("the head of the mission,
 * Dimitrios Karabalis, said").
 */
final class PersonCues {

  private static final Set<String> SPEECH_VERBS = Set.of(
      "said", "says", "told", "added", "stated", "wrote", "explained", "noted", "recalled", "warned");

  private final Tokens t;
  private final Gazetteer gazetteer;

  PersonCues(Tokens tokens, Gazetteer gazetteer) {
    this.t = tokens;
    this.gazetteer = gazetteer;
  }

  /** True when a run of two or more words has a given name, a surname ending, a verb of speech or a role beside it. */
  boolean hasNameCue(int a, int b) {
    int words = 0;
    for (int k = a; k < b; k++) {
      if (t.kind(k) == Tokens.Kind.WORD) {
        words++;
      }
    }
    if (words < 2) {
      return false;
    }
    String first = t.text(a);
    String last = t.text(b - 1);
    return gazetteer.isGivenName(titleCase(first)) || NameHeads.looksLikeSurname(last) || isSpeaker(a)
        || isAppositiveOfRole(a, b);
  }

  /** "said Gela Kapanadze", "told Anna Berg": a name right after a verb of speech. */
  private boolean isSpeaker(int a) {
    return a > 0 && t.newlinesBefore(a) == 0 && SPEECH_VERBS.contains(t.text(a - 1));
  }

  /** "the head of the mission, Dimitrios Karabalis, called...": a name set off by commas after a role. */
  private boolean isAppositiveOfRole(int a, int b) {
    if (a < 2 || !t.isPunct(a - 1, ',') || b >= t.size() || !(t.isPunct(b, ',') || t.isPunct(b, '.'))) {
      return false;
    }
    for (int k = a - 2; k >= Math.max(0, a - 6); k--) {
      if (t.kind(k) != Tokens.Kind.WORD || t.isCapitalized(k)) {
        return false;
      }
      if (gazetteer.isRoleWord(t.text(k))) {
        return true;
      }
    }
    return false;
  }

  private static String titleCase(String w) {
    return w.length() < 2 ? w : w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT);
  }
}
