package org.statementmonitor.enrich.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the runs of capitalised words that may form a name: capitalised words, initials
 * ("J. Smith"), a possessive inside a name ("Prosecutor General's Office") and up to two connector
 * words between capitalised ones ("Council of the European Union"). A run stops at a blank line,
 * at a line break after a short line (a letterhead or an address line), and where a line in capitals
 * meets one that is not.
 */
final class NameRuns {

  private static final int SHORT_LINE = 60;

  private final Tokens t;
  private final Set<String> connectors;
  private final java.util.function.IntPredicate commonWord;

  /** Runs over the tokens; commonWord tells a capitalised common word ("By", "The"), which never continues a name on a new line. */
  NameRuns(Tokens tokens, Set<String> connectors, java.util.function.IntPredicate commonWord) {
    this.t = tokens;
    this.connectors = connectors;
    this.commonWord = commonWord;
  }

  /** The runs, as {first token, end token} pairs, in text order. */
  List<int[]> find() {
    List<int[]> chunks = new ArrayList<>();
    int n = t.size();
    int i = 0;
    while (i < n) {
      if (!t.isCapitalized(i)) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < n) {
        if (breaksBefore(end)) {
          break;
        }
        if (t.isCapitalized(end) || isInitialDot(end)) {
          end++;
          continue;
        }
        if (isPossessiveInside(end)) {
          end += 2;
          continue;
        }
        int k = end;
        while (k < n && k - end < 2 && isConnector(k) && !breaksBefore(k)) {
          k++;
        }
        if (k > end && k < n && t.isCapitalized(k) && !breaksBefore(k)) {
          end = k;
        } else {
          break;
        }
      }
      chunks.add(new int[] {i, end});
      i = end;
    }
    return chunks;
  }

  private boolean isPossessiveInside(int k) {
    return (t.isPunct(k, '\'') || t.isPunct(k, '’')) && k + 2 < t.size() && t.text(k + 1).equals("s")
        && t.end(k) == t.start(k + 1) && t.isCapitalized(k + 2) && !breaksBefore(k + 2);
  }

  private boolean isInitialDot(int k) {
    return t.isPunct(k, '.') && k > 0 && t.end(k - 1) - t.start(k - 1) == 1 && t.isCapitalized(k - 1)
        && k + 1 < t.size() && t.isCapitalized(k + 1);
  }

  private boolean breaksBefore(int k) {
    int nl = t.newlinesBefore(k);
    return nl >= 2 || (nl == 1 && (t.lineLength(t.start(k - 1)) < SHORT_LINE || t.isAllCaps(k - 1) != t.isAllCaps(k)
        || (t.isCapitalized(k) && commonWord.test(k))));
  }

  private boolean isConnector(int k) {
    String w = t.text(k);
    return connectors.contains(w) || (t.kind(k) == Tokens.Kind.PUNCT && w.equals("&"));
  }
}
