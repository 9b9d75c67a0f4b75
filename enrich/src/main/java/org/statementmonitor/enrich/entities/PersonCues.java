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
  /** Verbs that follow a speaker's name ("Nurbek Sadykov added"). */
  private static final Set<String> SPEECH_AFTER = Set.of(
      "said", "says", "told", "added", "stated", "wrote", "explained", "noted", "recalled", "warned", "insisted",
      "argued", "complained", "asked", "urged", "claimed", "confirmed", "denied", "stressed", "emphasised",
      "emphasized", "replied", "remembered", "recounted", "testified", "believes", "thinks");
  /** Nouns after "a"/"an" that describe a place or a body, not a person ("Kok-Tash, a village"). */
  private static final Set<String> NOT_PERSON_NOUNS = Set.of(
      "village", "town", "city", "district", "region", "province", "settlement", "hamlet", "suburb", "camp",
      "country", "republic", "state", "river", "valley", "mountain", "lake", "border", "crossing", "checkpoint",
      "road", "street", "organisation", "organization", "group", "network", "party", "company", "foundation",
      "coalition", "movement", "union", "news", "newspaper", "website", "channel", "agency", "body", "fund",
      "charity", "platform", "project", "programme", "program", "report", "law", "treaty", "document",
      "municipality", "community", "neighbourhood", "neighborhood", "area", "territory", "port", "local",
      "non-governmental", "new", "small", "large", "major", "key", "former", "remote", "mountainous",
      "government", "department", "agreement", "parliament", "monument", "center", "centre", "shelter",
      "sector", "corridor", "tower", "water", "quarter", "cluster", "tournament", "statement");

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
        || isAppositiveOfRole(a, b) || isSpeakerBefore(b) || isDescribedAfter(b);
  }

  /** "Nurbek Sadykov added", "Lenie Ablyazova told": a verb of speech right after the name. */
  private boolean isSpeakerBefore(int b) {
    return b < t.size() && t.newlinesBefore(b) == 0 && SPEECH_AFTER.contains(t.text(b));
  }

  /**
   * "Zarema Seitumerova, 54, said", "Aigerim Osmonalieva, a lawyer in Osh,": an age or a person's
   * description set off by a comma after the name.
   */
  private boolean isDescribedAfter(int b) {
    if (b + 2 >= t.size() || !t.isPunct(b, ',') || t.newlinesBefore(b + 1) > 0) {
      return false;
    }
    if (t.is(b + 1, "who") || t.is(b + 1, "whose")) {
      return true;
    }
    if (t.kind(b + 1) == Tokens.Kind.NUMBER) {
      return t.length(b + 1) <= 3 && (t.isPunct(b + 2, ',') || SPEECH_AFTER.contains(t.text(b + 2)));
    }
    String article = t.text(b + 1);
    if (!(article.equals("a") || article.equals("an"))) {
      return false;
    }
    String noun = t.text(b + 2);
    return t.kind(b + 2) == Tokens.Kind.WORD && Character.isLowerCase(noun.charAt(0))
        && !NOT_PERSON_NOUNS.contains(noun) && (gazetteer.isRoleWord(noun) || isAgentNoun(noun));
  }

  /** "lawyer", "teacher", "engineer", "activist", "journalist", "resident": nouns for people. */
  private static boolean isAgentNoun(String noun) {
    return noun.endsWith("er") || noun.endsWith("or") || noun.endsWith("ist") || noun.endsWith("ian")
        || noun.endsWith("ant") || noun.endsWith("ent") || noun.endsWith("man") || noun.endsWith("woman")
        || noun.equals("mother") || noun.equals("father") || noun.equals("widow") || noun.equals("son")
        || noun.equals("daughter") || noun.equals("survivor") || noun.equals("refugee") || noun.equals("veteran");
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
