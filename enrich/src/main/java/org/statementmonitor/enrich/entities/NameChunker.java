package org.statementmonitor.enrich.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.statementmonitor.common.event.EntityType;

/**
 * Groups capitalised words into names ("Organization for Security and Co-operation in Europe",
 * "US Secretary of State Antony Blinken") and types them by cue words: the first organisation,
 * legal or place head decides ORG/LAW/LOC; a title or role before, a role after (", Chairman of
 * ..."), a known given name or a regional surname ending makes a PERSON, with the role attached.
 * Capitalised words with no such evidence are left alone (precision over recall).
 */
final class NameChunker {

  /** Lower-case words that may stand inside a name ("Organization for Security and Co-operation"). */
  static final Set<String> CONNECTORS = Set.of(
      "of", "the", "for", "and", "on", "in", "against", "de", "du", "des", "la", "le", "al", "el",
      "von", "van", "der", "den", "da", "di", "y", "und", "et", "&", "an", "bin", "ibn");

  private final Tokens t;
  private final Gazetteer gazetteer;
  private final boolean[] known;
  private final int[] roleEnd;
  private final List<Mention> out;
  private final PersonCues personCues;

  NameChunker(Tokens tokens, Gazetteer gazetteer, boolean[] known, int[] roleEnd, List<Mention> out) {
    this.t = tokens;
    this.gazetteer = gazetteer;
    this.known = known;
    this.roleEnd = roleEnd;
    this.out = out;
    this.personCues = new PersonCues(tokens, gazetteer);
  }

  /** Finds names in all capitalised runs; stops early when the deadline passes. */
  void run(long deadlineNanos) {
    List<int[]> chunks = new NameRuns(t, CONNECTORS, k -> gazetteer.isCommonWord(t.text(k))).find();
    for (int c = 0; c < chunks.size(); c++) {
      if ((c & 63) == 0 && System.nanoTime() > deadlineNanos) {
        return;
      }
      int[] chunk = chunks.get(c);
      int[] next = c + 1 < chunks.size() ? chunks.get(c + 1) : null;
      String roleAfter = next != null && isRoleAfter(chunk[1], next) ? text(next[0], roleTitleEnd(next[0])) : null;
      classify(chunk[0], chunk[1], roleAfter);
    }
  }

  private boolean isConnector(int k) {
    String w = t.text(k);
    return CONNECTORS.contains(w) || (t.kind(k) == Tokens.Kind.PUNCT && w.equals("&"));
  }

  private void classify(int a, int b, String roleAfter) {
    while (a < b && (isCommon(a) || t.isPunct(a, '.')) && roleEnd[a] < 0) {
      a++;
    }
    while (b > a && (isConnector(b - 1) || t.isPunct(b - 1, '.')
        || (isCommon(b - 1) && NameHeads.headType(t.text(b - 1)) == null))) {
      b--;
    }
    if (b - a >= 3 && t.isSentenceStart(a) && !known[a] && roleEnd[a] < 0 && isConnector(a + 1)
        && NameHeads.headType(t.text(a)) == null && !gazetteer.isGivenName(t.text(a))) {
      int k = a + 1;
      while (k < b && isConnector(k)) {
        k++;
      }
      a = k;
    }
    if (a >= b) {
      return;
    }
    int adjective = compoundAdjective(a, b);
    if (adjective >= 0) {
      // "Ilgar Huseynov of the Baku-based Center for ...": the adjective ends one name and opens another.
      classify(a, adjective, null);
      classify(adjective + 1, b, roleAfter);
      return;
    }
    for (int r = a; r < b; r++) {
      if (roleEnd[r] > 0 && !isPossessiveAfterRole(r)) {
        int name = trailingName(Math.min(roleEnd[r], b), b);
        if (name >= 0) {
          if (r > a) {
            classify(a, r, null);
          }
          if (name > roleEnd[r]) {
            classify(roleEnd[r], name, null);
          }
          person(name, b, text(r, Math.min(roleEnd[r], name)));
          return;
        }
        if (r == a) {
          int nameEnd = leadingNameEnd(Math.min(roleEnd[r], b), b);
          if (nameEnd > 0) {
            person(roleEnd[r], nameEnd, text(r, roleEnd[r]));
            int after = nameEnd;
            while (after < b && isConnector(after)) {
              after++;
            }
            if (after < b) {
              classify(after, b, null);
            }
            return;
          }
          int rest = roleEnd[r];
          while (rest < b && isConnector(rest)) {
            rest++;
          }
          if (rest < b) {
            classify(rest, b, null);
          }
          return;
        }
      }
    }
    int split = splitAtAnd(a, b);
    if (split > 0) {
      classify(a, split, null);
      classify(split + 1, b, null);
      return;
    }
    int in = splitAtIn(a, b);
    if (in > 0) {
      classify(a, in, null);
      classify(in + 1, b, roleAfter);
      return;
    }
    EntityType type = headOf(a, b);
    if (type != null && b - a >= 2 && hasProperWord(a, b)) {
      out.add(Mention.of(type, quotedStart(a), t.end(b - 1), Priorities.CHUNK, null));
      return;
    }
    if (type == null && splitAtConnectors(a, b, roleAfter)) {
      return;
    }
    boolean titled = a > 0 && (roleEndAt(a) && t.newlinesBefore(a) == 0 || isByline(a));
    if (isPersonName(a, b) && (titled || (roleAfter != null && b - a >= 2) || personCues.hasNameCue(a, b))) {
      person(a, b, roleAfter);
    } else if (a >= 2 && isPlaceCue(a) && isPersonName(a, b)) {
      out.add(Mention.of(EntityType.LOC, t.start(a), t.end(b - 1), Priorities.CHUNK, null));
    }
  }

  private int compoundAdjective(int a, int b) {
    for (int k = a; k < b; k++) {
      if (t.kind(k) == Tokens.Kind.WORD && t.length(k) > 6 && NameHeads.isCompoundAdjective(t.text(k))) {
        return k;
      }
    }
    return -1;
  }

  /** Classifies the connector-free parts of a head-less chunk ("Garegin Nzhdeh in Armenia"). */
  private boolean splitAtConnectors(int a, int b, String roleAfter) {
    int start = a;
    boolean split = false;
    for (int k = a; k < b; k++) {
      if (isConnector(k)) {
        if (k > start) {
          classify(start, k, null);
        }
        start = k + 1;
        split = true;
      }
    }
    if (split && start < b) {
      classify(start, b, roleAfter);
    }
    return split;
  }

  /** "By Name Surname", "Analysis by Name Surname" opening a line: the author of an article. */
  private boolean isByline(int a) {
    if (!t.isIgnoreCase(a - 1, "by")) {
      return false;
    }
    boolean byOpensLine = a == 1 || t.newlinesBefore(a - 1) > 0;
    boolean oneWordBefore = a >= 2 && t.isCapitalized(a - 2) && (a == 2 || t.newlinesBefore(a - 2) > 0);
    return byOpensLine || oneWordBefore;
  }

  /**
   * "Directorate of Mine Action in the Kurdistan Region", "Embassy of Türkiye in Baghdad": an
   * organisation followed by "in" and a place is two names, so the place head does not make the
   * whole a place. Returns the index of that "in", or -1.
   */
  private int splitAtIn(int a, int b) {
    for (int k = a + 1; k < b - 1; k++) {
      if (!t.is(k, "in") || firstHead(a, k) != EntityType.ORG) {
        continue;
      }
      int r = k + 1;
      while (r < b - 1 && isConnector(r)) {
        r++;
      }
      if (known[r] || NameHeads.headType(t.text(b - 1)) == EntityType.LOC) {
        return k;
      }
    }
    return -1;
  }

  /** "the village of X", "the town of X": the name is a place. */
  private boolean isPlaceCue(int a) {
    if (!t.text(a - 1).equals("of")) {
      return false;
    }
    String cue = t.text(a - 2).toLowerCase(Locale.ROOT);
    return cue.equals("village") || cue.equals("town") || cue.equals("city") || cue.equals("settlement")
        || cue.equals("district") || cue.equals("region") || cue.equals("province");
  }

  /** True when some word is neither a head, a connector nor a common word ("Board of the Community" is generic). */
  private boolean hasProperWord(int a, int b) {
    for (int k = a; k < b; k++) {
      if (t.kind(k) == Tokens.Kind.WORD && !isConnector(k) && NameHeads.headType(t.text(k)) == null
          && !gazetteer.isCommonWord(t.text(k))) {
        return true;
      }
    }
    return t.first(a) == '"' || (a > 0 && (t.isPunct(a - 1, '"') || t.isPunct(a - 1, '”')));
  }

  /** End of a 2-4 word person name starting at from and followed by a connector or b, or -1. */
  private int leadingNameEnd(int from, int b) {
    int end = from;
    while (end < b && end - from < 4 && t.isCapitalized(end) && !isConnector(end)) {
      end++;
    }
    for (int e = end; e >= from + 2; e--) {
      if ((e == b || isConnector(e)) && isPersonName(from, e)) {
        return e;
      }
    }
    return -1;
  }

  private void person(int a, int b, String role) {
    Mention m = Mention.of(EntityType.PERSON, t.start(a), t.end(b - 1), Priorities.CHUNK, null);
    m.role = role;
    out.add(m);
  }

  private boolean roleEndAt(int a) {
    for (int r = Math.max(0, a - 6); r < a; r++) {
      if (roleEnd[r] == a) {
        return true;
      }
    }
    return false;
  }

  /** Start of a person name that runs to b after from, or -1. */
  private int trailingName(int from, int b) {
    for (int len = Math.min(4, b - from); len >= 1; len--) {
      int s = b - len;
      if (s >= from && isPersonName(s, b) && (len >= 2 || s == from) && (s == from || !isConnector(s - 1))) {
        if (len >= 2 || s == from) {
          return s;
        }
      }
    }
    return -1;
  }

  private boolean isPersonName(int a, int b) {
    int words = 0;
    for (int k = a; k < b; k++) {
      if (t.isPunct(k, '.') && k > a) {
        continue;
      }
      if (!t.isCapitalized(k) || known[k] || isCommon(k) || NameHeads.headType(t.text(k)) != null
          || NameHeads.isNotName(t.text(k))
          || gazetteer.isRoleWord(t.text(k))) {
        return false;
      }
      words++;
    }
    return words >= 1 && words <= 4;
  }

  private boolean isRoleAfter(int endOfName, int[] next) {
    if (roleEnd[next[0]] < 0) {
      return false;
    }
    int between = next[0] - endOfName;
    if (between == 0) {
      return t.newlinesBefore(next[0]) >= 1;
    }
    if (between != 1) {
      return false;
    }
    String sep = t.text(endOfName);
    return sep.equals(",") || sep.equals("–") || sep.equals("—") || sep.equals("-");
  }

  private int roleTitleEnd(int start) {
    int end = roleEnd[start];
    while (end < t.size() && roleEnd[end] > 0 && end - start < 6) {
      end = roleEnd[end];
    }
    return end;
  }

  private int splitAtAnd(int a, int b) {
    for (int k = a + 1; k < b - 1; k++) {
      if (t.text(k).equals("and") || t.text(k).equals("&")) {
        boolean left = firstHead(a, k) != null || known[k - 1];
        boolean right = firstHead(k + 1, b) != null || known[k + 1];
        if (left && right) {
          return k;
        }
      }
    }
    return -1;
  }

  /** The last word's head type when it is a head ("... Rule of Law Public Union"), else the first head. */
  private EntityType headOf(int a, int b) {
    // "Criminal Code of the Russian Federation": a head inside a known place's name does not type the whole.
    EntityType last = isRuleOfLaw(b - 1) || known[b - 1] ? null : NameHeads.headType(t.text(b - 1));
    return last != null ? last : firstHead(a, b);
  }

  /** Start of a quoted name before the head ("\"Return to Karabakh\" Public Union"), else token a. */
  private int quotedStart(int a) {
    if (a == 0 || !(t.isPunct(a - 1, '"') || t.isPunct(a - 1, '”'))) {
      return t.start(a);
    }
    for (int k = a - 2; k >= 0 && a - k < 14; k--) {
      if (t.isPunct(k, '"') || t.isPunct(k, '“')) {
        return t.start(k);
      }
      if (t.kind(k) == Tokens.Kind.PUNCT && !t.isPunct(k, '-') && !t.isPunct(k, '’') && !t.isPunct(k, '\'')) {
        break;
      }
    }
    return t.start(a);
  }

  /**
   * The first head word's type. A place head first ("District Court") only counts when nothing
   * else decides and "of" follows it ("Alley of Martyrs", "Gulf of Aden"), or when it is "Republic".
   */
  private EntityType firstHead(int a, int b) {
    EntityType placeFirst = null;
    for (int k = a; k < b; k++) {
      if (t.kind(k) == Tokens.Kind.WORD && !isConnector(k)) {
        EntityType type = isRuleOfLaw(k) ? null : NameHeads.headType(t.text(k));
        if (type == EntityType.LOC && k == a && b - a > 1 && !t.text(k).equalsIgnoreCase("republic")) {
          placeFirst = t.text(a + 1).equals("of") ? type : null;
        } else if (type != null) {
          return type;
        }
      }
    }
    return placeFirst;
  }

  /** "Prosecutor General's Office": a role in the possessive names the office, not a person. */
  private boolean isPossessiveAfterRole(int r) {
    int e = roleEnd[r];
    return e < t.size() && (t.isPunct(e, '\'') || t.isPunct(e, '’'));
  }

  /** "Rule of Law" names a principle, not a law. */
  private boolean isRuleOfLaw(int k) {
    return k >= 2 && t.isIgnoreCase(k, "law") && t.isIgnoreCase(k - 1, "of") && t.isIgnoreCase(k - 2, "rule");
  }

  private boolean isCommon(int k) {
    return gazetteer.isCommonWord(t.text(k)) && !t.isAllCaps(k);
  }

  private String text(int a, int b) {
    return t.source().substring(t.start(a), t.end(b - 1));
  }

}
