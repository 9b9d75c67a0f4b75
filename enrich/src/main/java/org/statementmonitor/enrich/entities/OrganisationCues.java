package org.statementmonitor.enrich.entities;

import java.util.List;
import java.util.Set;
import org.statementmonitor.common.event.EntityType;

/**
 * Organisations that carry no head word, found by the words around them:
 *
 * <ul>
 *   <li>a name before a lower-case media or organisation noun: "Turan news agency", "the Azadliq
 *       newspaper", "Oxu TV channel";
 *   <li>a name right after such a noun: "the Tajik NGO Ittifoq", "the rights group Caspian Voice";
 *   <li>a short name in a reporting context: "according to Suspilne,", "Kloop reported", "reported by
 *       Hetq", "told Hromadske";
 *   <li>a web outlet's name: "Oxu.az", "24.kg";
 *   <li>an acronym in capitals used as an organisation: "the GUAM secretariat", "EAEU member
 *       states", "members of the BSEC";
 *   <li>a local authority named with lower-case words: "Tovuz district executive authority".
 * </ul>
 *
 * A name beside a known person, or shaped like a person's name (a given name first, a surname
 * ending), is left alone.
 */
final class OrganisationCues {

  /** Lower-case nouns after a name that make it a media outlet or an organisation. */
  private static final Set<String> NOUNS_AFTER = Set.of(
      "agency", "newspaper", "daily", "weekly", "website", "portal", "channel", "broadcaster", "television",
      "outlet", "magazine", "radio", "news", "newswire", "ngo");
  /** Lower-case nouns before a name that make it an organisation ("the NGO Ittifoq"). */
  private static final Set<String> NOUNS_BEFORE = Set.of(
      "ngo", "charity", "watchdog", "think-tank", "tank", "newspaper", "outlet", "broadcaster", "channel",
      "website", "portal", "agency", "daily", "weekly", "magazine", "group", "organisation", "organization",
      "movement", "party", "company", "firm", "operator", "network", "coalition", "initiative", "platform",
      "foundation", "association", "union", "alliance", "bloc");
  /** Verbs after an outlet's name: "Kloop reported". */
  private static final Set<String> REPORTING_AFTER = Set.of(
      "reported", "reports", "quoted", "cited", "published", "broadcast", "aired", "wrote", "writes",
      "documented", "revealed");
  /** Verbs before "by" or "on" and an outlet's name: "reported by Hetq", "first appeared on X". */
  private static final Set<String> REPORTING_BEFORE = Set.of(
      "reported", "published", "republished", "quoted", "cited", "broadcast", "carried", "aired",
      "appeared");
  /** Lower-case nouns after an acronym that make it an organisation ("the GUAM secretariat"). */
  private static final Set<String> ACRONYM_NOUNS = Set.of(
      "secretariat", "member", "members", "summit", "summits", "mission", "monitors", "observers", "office",
      "headquarters", "chairmanship", "delegation", "spokesperson", "spokesman", "spokeswoman", "officials",
      "staff", "team", "teams", "forces", "fighters", "militants", "leadership", "leader", "leaders", "chair",
      "chairman", "representative", "representatives", "envoy", "countries", "partners", "ministers",
      "secretary-general", "charter", "founders", "meeting", "experts");
  /** Verbs after an acronym that make it an organisation ("HRANA counts 23 people"). */
  private static final Set<String> ACRONYM_VERBS = Set.of(
      "said", "says", "reported", "reports", "counts", "counted", "recorded", "documented", "estimates",
      "estimated", "called", "calls", "urged", "urges", "condemned", "condemns", "announced", "published",
      "warned", "stated", "confirmed", "added", "noted");
  /** Capitals that are not organisations. */
  private static final Set<String> NOT_ACRONYMS = Set.of(
      "NGO", "NGOS", "IDP", "IDPS", "USA", "USSR", "SSR", "COVID", "PDF", "URL", "GDP", "UPR", "HIV", "AIDS",
      "CEO", "UTC", "GMT", "ISO", "WWII", "LGBT", "LGBTI", "LGBTQ", "EOD", "UXO", "ERW", "IED", "IEDS", "ATM",
      "SMS", "HQ", "VIP", "FAQ", "TBC", "TBD", "RSVP", "ICT", "DNA", "GPS", "NB", "PS", "MP", "MPS", "TV",
      "USD", "EUR", "AZN", "AMD", "GEL", "RUB", "KM", "KG", "UK", "UAE", "DPRK", "ROK", "PRC", "EEZ", "OK");
  /** Top-level domains of outlets' names written as addresses ("Oxu.az"). */
  private static final Set<String> DOMAINS = Set.of(
      "az", "ge", "am", "kg", "kz", "uz", "tj", "tm", "ru", "ua", "tr", "ir", "iq", "by", "md", "com", "org",
      "net", "info", "news", "media", "eu");
  /** Lower-case words of a local authority after a place: "Tovuz district executive authority". */
  private static final Set<String> AUTHORITY_LEVELS = Set.of(
      "district", "city", "regional", "municipal", "provincial", "village", "town", "rayon", "oblast");
  private static final Set<String> AUTHORITIES = Set.of(
      "executive", "police", "court", "prosecutor", "prosecutor's", "administration", "council", "governorate");
  private static final int MAX_WORDS = 3;

  private final Tokens t;
  private final Gazetteer gazetteer;
  private final boolean[] known;
  private final List<Mention> out;

  OrganisationCues(Tokens tokens, Gazetteer gazetteer, boolean[] known, List<Mention> out) {
    this.t = tokens;
    this.gazetteer = gazetteer;
    this.known = known;
    this.out = out;
  }

  void run() {
    int n = t.size();
    for (int k = 0; k < n; k++) {
      if (t.kind(k) != Tokens.Kind.WORD) {
        if (t.kind(k) == Tokens.Kind.NUMBER || t.isPunct(k, '.')) {
          webOutlet(k);
        }
        continue;
      }
      char c = t.first(k);
      if (t.is(k, "NGO")) {
        if (k > 0) {
          nameBefore(k, "ngo");
        }
        if (k + 1 < n && t.newlinesBefore(k + 1) == 0) {
          nameAfterNoun(k + 1);
        }
      } else if (Character.isLowerCase(c) && besideCapital(k)) {
        String w = t.text(k);
        if (NOUNS_AFTER.contains(w) && k > 0) {
          nameBefore(k, w);
        }
        if (NOUNS_BEFORE.contains(w) && k + 1 < n && t.newlinesBefore(k + 1) == 0) {
          nameAfterNoun(k + 1);
        }
        if (w.equals("to") && k > 0 && t.isIgnoreCase(k - 1, "according")) {
          reportedName(k + 1, true);
        } else if (w.equals("told") && k + 1 < n) {
          reportedName(k + 1, false);
        } else if ((w.equals("by") || w.equals("on")) && k > 0 && REPORTING_BEFORE.contains(t.text(k - 1))) {
          reportedName(k + 1, true);
        } else if (REPORTING_AFTER.contains(w) && k > 0) {
          nameBeforeVerb(k);
        } else if (AUTHORITY_LEVELS.contains(w) && k > 0 && k + 1 < n) {
          localAuthority(k);
        }
      } else if (t.isAllCaps(k) && t.length(k) >= 3 && t.length(k) <= 6 && !known[k]) {
        acronym(k);
      }
    }
  }

  /** Every cue stands next to a capitalised word; most lower-case words need no further look. */
  private boolean besideCapital(int k) {
    return (k > 0 && t.isCapitalized(k - 1)) || (k + 1 < t.size() && t.isCapitalized(k + 1))
        || (k > 1 && t.isCapitalized(k - 2) && t.first(k - 1) == 'h' && t.length(k - 1) <= 4);
  }

  /** "Turan news agency", "the Azadliq newspaper": a name of one to three words before the noun. */
  private void nameBefore(int noun, String w) {
    if (w.equals("news") && !(noun + 1 < t.size() && (t.is(noun + 1, "agency") || t.is(noun + 1, "site")
        || t.is(noun + 1, "website") || t.is(noun + 1, "portal")))) {
      return;
    }
    int s = noun;
    while (s > 0 && noun - s < MAX_WORDS && isOrgWord(s - 1) && t.newlinesBefore(s) == 0) {
      s--;
    }
    if (s < noun && !allKnown(s, noun) && hasProperWord(s, noun) && !isPersonShaped(s, noun)
        && (s == 0 || !t.isCapitalized(s - 1) || gazetteer.isCommonWord(t.text(s - 1)))) {
      add(s, noun);
    }
  }

  /** "the NGO Ittifoq": one to three capitalised words right after the noun, then no capital. */
  private void nameAfterNoun(int k) {
    int e = nameEnd(k);
    if (e > k && (e == t.size() || !t.isCapitalized(e)) && !allKnown(k, e) && hasProperWord(k, e)
        && !isPersonShaped(k, e)) {
      add(k, e);
    }
  }

  /**
   * "according to Suspilne,", "told Hromadske.", "reported by Hetq": a short unknown name closed by
   * punctuation or a clause word. After "told" only a single word that is no one's name counts.
   */
  private void reportedName(int k, boolean twoWords) {
    if (k >= t.size() || t.newlinesBefore(k) > 0) {
      return;
    }
    int e = nameEnd(k);
    if (e == k || e - k > (twoWords ? 2 : 1) || allKnown(k, e) || !hasProperWord(k, e) || isPersonShaped(k, e)
        || !isClosed(e)) {
      return;
    }
    add(k, e);
  }

  /** ", Kloop reported", "Trend reported on Monday": one or two words after a clause boundary. */
  private void nameBeforeVerb(int verb) {
    if (verb > 1 && (t.is(verb - 1, "has") || t.is(verb - 1, "have") || t.is(verb - 1, "had"))) {
      verb--;
    }
    int s = verb;
    while (s > 0 && verb - s < 2 && isOrgWord(s - 1) && t.newlinesBefore(s) == 0) {
      s--;
    }
    if (s == verb || allKnown(s, verb) || !hasProperWord(s, verb) || isPersonShaped(s, verb)) {
      return;
    }
    boolean boundary = s > 0 && t.isPunct(s - 1, ',') || t.isPunct(s - 1, '"') || t.isPunct(s - 1, '”')
        || s > 0 && t.is(s - 1, "and") || (t.isSentenceStart(s) && isNewsVerb(verb) && !t.text(verb - 1).endsWith("s"));
    if (boundary) {
      add(s, verb);
      if (s > 1 && t.is(s - 1, "and")) {
        coordinated(s - 1);
      }
    }
  }

  /** "Klix and Oslobođenje reported": the name before "and", opening a sentence or after a comma. */
  private void coordinated(int and) {
    int s = and;
    while (s > 0 && and - s < 2 && isOrgWord(s - 1) && t.newlinesBefore(s) == 0) {
      s--;
    }
    boolean opens = s < and && (t.isSentenceStart(s) || t.isPunct(s - 1, ','));
    if (opens && !allKnown(s, and) && hasProperWord(s, and) && !isPersonShaped(s, and)) {
      add(s, and);
    }
  }

  /** "Oxu.az", "Civil.ge", "24.kg": a name and a domain written without spaces. */
  private void webOutlet(int k) {
    int dot = t.kind(k) == Tokens.Kind.NUMBER ? k + 1 : k;
    if (!t.isPunct(dot, '.') || dot == 0 || dot + 1 >= t.size() || t.end(dot - 1) != t.start(dot)
        || t.start(dot + 1) != t.end(dot) || !DOMAINS.contains(t.text(dot + 1))) {
      return;
    }
    int name = dot - 1;
    if (t.kind(k) == Tokens.Kind.NUMBER && k != name) {
      return;
    }
    boolean shaped = t.kind(name) == Tokens.Kind.NUMBER || t.isCapitalized(name);
    if (shaped && (t.kind(k) == Tokens.Kind.NUMBER || t.kind(name) == Tokens.Kind.WORD)) {
      out.add(Mention.of(EntityType.ORG, t.start(name), t.end(dot + 1), Priorities.GAZETTEER, null));
    }
  }

  /** "the GUAM secretariat", "EAEU member states", "members of the BSEC". */
  private void acronym(int k) {
    String w = t.text(k);
    if (NOT_ACRONYMS.contains(w) || w.chars().allMatch(ch -> "IVXLC".indexOf(ch) >= 0) || inCapitalsLine(k)) {
      return;
    }
    boolean nounAfter = k + 1 < t.size() && t.newlinesBefore(k + 1) == 0 && ACRONYM_NOUNS.contains(t.text(k + 1));
    int before = k - 1;
    if (before >= 0 && t.is(before, "the")) {
      before--;
    }
    boolean memberOf = before >= 1 && t.is(before, "of") && (t.isIgnoreCase(before - 1, "members")
        || t.isIgnoreCase(before - 1, "member") || t.isIgnoreCase(before - 1, "chairmanship")
        || t.isIgnoreCase(before - 1, "summit") || t.isIgnoreCase(before - 1, "secretariat"));
    boolean joined = before >= 0 && (t.is(before, "joined") || t.is(before, "join") || t.is(before, "joining"));
    boolean verbAfter = k + 1 < t.size() && t.newlinesBefore(k + 1) == 0 && ACRONYM_VERBS.contains(t.text(k + 1));
    if (nounAfter || memberOf || joined || verbAfter) {
      out.add(Mention.of(EntityType.ORG, t.start(k), t.end(k), Priorities.CHUNK, null));
    }
  }

  /** "Tovuz district executive authority", "the Gori city court". */
  private void localAuthority(int level) {
    int a = level + 1;
    if (!AUTHORITIES.contains(t.text(a))) {
      return;
    }
    int end = a + 1;
    if (t.is(a, "executive") && end < t.size() && (t.is(end, "authority") || t.is(end, "power")
        || t.is(end, "committee"))) {
      end++;
    } else if (t.is(a, "executive")) {
      return;
    } else if (t.is(a, "prosecutor") || t.is(a, "prosecutor's")) {
      if (end + 1 < t.size() && (t.isPunct(end, '\'') || t.isPunct(end, '’')) && t.is(end + 1, "s")) {
        end += 2;
      }
      if (end < t.size() && t.is(end, "office")) {
        end++;
      } else {
        return;
      }
    }
    int s = level;
    while (s > 0 && level - s < MAX_WORDS && t.isCapitalized(s - 1) && !gazetteer.isCommonWord(t.text(s - 1))
        && t.newlinesBefore(s) == 0) {
      s--;
    }
    if (s < level) {
      out.add(Mention.of(EntityType.ORG, t.start(s), t.end(end - 1), Priorities.CHUNK, null));
    }
  }

  /** "Kloop reported" opening a sentence: only verbs of news, and no plural noun ("Witnesses reported"). */
  private boolean isNewsVerb(int verb) {
    return t.is(verb, "reported") || t.is(verb, "reports") || t.is(verb, "quoted") || t.is(verb, "cited");
  }

  /** Some word is not a head word ("the Ministry website" names no outlet). */
  private boolean hasProperWord(int a, int b) {
    for (int k = a; k < b; k++) {
      if (NameHeads.headType(t.text(k)) == null) {
        return true;
      }
    }
    return false;
  }

  private boolean inCapitalsLine(int k) {
    return (k > 0 && t.newlinesBefore(k) == 0 && t.isAllCaps(k - 1) && !known[k - 1])
        || (k + 1 < t.size() && t.newlinesBefore(k + 1) == 0 && t.isAllCaps(k + 1) && !known[k + 1]);
  }

  /** A comma, full stop, colon, semicolon, bracket, quote or clause word after the name. */
  private boolean isClosed(int e) {
    if (e >= t.size()) {
      return true;
    }
    if (t.kind(e) == Tokens.Kind.PUNCT) {
      return ",.;:)\"”".indexOf(t.first(e)) >= 0;
    }
    String w = t.text(e);
    if ((w.equals("and") || w.equals("or")) && e + 1 < t.size() && !t.isCapitalized(e + 1)) {
      return true;
    }
    return w.equals("that") || w.equals("on") || w.equals("in") || w.equals("last") || w.equals("this")
        || w.equals("earlier") || w.equals("yesterday") || w.equals("today") || w.equals("reported");
  }

  private int nameEnd(int k) {
    int e = k;
    while (e < t.size() && e - k < MAX_WORDS && isOrgWord(e) && (e == k || t.newlinesBefore(e) == 0)) {
      e++;
    }
    return e;
  }

  private boolean isOrgWord(int k) {
    if (!t.isCapitalized(k)) {
      return false;
    }
    String w = t.text(k);
    return !gazetteer.isCommonWord(w) && !gazetteer.isRoleWord(w) && !NameHeads.isNotName(w);
  }

  private boolean allKnown(int a, int b) {
    for (int k = a; k < b; k++) {
      if (!known[k]) {
        return false;
      }
    }
    return true;
  }

  /** A given name first, a surname ending last, or the last word of a person already found. */
  private boolean isPersonShaped(int a, int b) {
    String first = t.text(a);
    String last = t.text(b - 1);
    if (gazetteer.isGivenName(first) || (b - a >= 2 && NameHeads.looksLikeSurname(last))
        || (b - a == 1 && NameHeads.looksLikeSurname(last) && !t.isAllCaps(a))) {
      return true;
    }
    int from = t.start(a);
    int to = t.end(b - 1);
    for (Mention m : out) {
      if (m.type == EntityType.PERSON && m.start <= to && from <= m.end) {
        return true;
      }
      if (m.type == EntityType.PERSON && m.end - m.start > last.length()
          && t.source().regionMatches(m.end - last.length(), last, 0, last.length())) {
        return true;
      }
    }
    return false;
  }

  private void add(int a, int b) {
    out.add(Mention.of(EntityType.ORG, t.start(a), t.end(b - 1), Priorities.CHUNK, null));
    for (int k = a; k < b; k++) {
      known[k] = true;
    }
  }
}
