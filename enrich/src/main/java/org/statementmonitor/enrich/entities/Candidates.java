package org.statementmonitor.enrich.entities;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cheap character checks that find where a pattern can start (the start of a run of digits, a word
 * starting with one of a few letters), so a pattern is tried with {@code lookingAt} at those few
 * positions instead of being scanned across every character of the text. The matches are the ones
 * {@code Matcher.find} would return, since each pattern can only start at such a position.
 */
final class Candidates {

  private Candidates() {}

  /** Offsets where a run of digits starts. */
  static int[] digitRuns(String text) {
    int[] out = new int[16];
    int n = 0;
    boolean prevDigit = false;
    for (int i = 0, len = text.length(); i < len; i++) {
      char c = text.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      if (digit && !prevDigit) {
        out = grow(out, n);
        out[n++] = i;
      }
      prevDigit = digit;
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * Offsets where a word starts with one of the given characters (case-sensitive), or where one of
   * them that is not a letter ("$", "€") stands after a non-word character.
   */
  static int[] wordStarts(String text, String firstChars) {
    int[] out = new int[16];
    int n = 0;
    boolean prevWord = false;
    for (int i = 0, len = text.length(); i < len; i++) {
      char c = text.charAt(i);
      boolean word = Character.isLetterOrDigit(c);
      if (!prevWord && firstChars.indexOf(c) >= 0) {
        out = grow(out, n);
        out[n++] = i;
      }
      prevWord = word;
    }
    return Arrays.copyOf(out, n);
  }

  /** Offsets where one of the given words (lower case, matched in any case) starts. */
  static int[] words(String text, java.util.Set<String> lowerCaseWords, int maxLength) {
    int[] out = new int[16];
    int n = 0;
    int len = text.length();
    int i = 0;
    while (i < len) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int e = i + 1;
      while (e < len && Character.isLetter(text.charAt(e))) {
        e++;
      }
      if (e - i <= maxLength && (i == 0 || !Character.isDigit(text.charAt(i - 1)))
          && lowerCaseWords.contains(text.substring(i, e).toLowerCase(java.util.Locale.ROOT))) {
        out = grow(out, n);
        out[n++] = i;
      }
      i = e;
    }
    return Arrays.copyOf(out, n);
  }

  /** Both lists merged in order, without duplicates. */
  static int[] merge(int[] a, int[] b) {
    int[] out = new int[a.length + b.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length || j < b.length) {
      int next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
      if (n == 0 || out[n - 1] != next) {
        out[n++] = next;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** Runs the pattern at each candidate offset in order, like {@code find}, calling back per match. */
  static void each(Pattern pattern, String text, int[] at, Consumer<Matcher> onMatch) {
    if (at.length == 0) {
      return;
    }
    Matcher m = pattern.matcher(text);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    int len = text.length();
    int next = 0;
    for (int start : at) {
      if (start < next) {
        continue;
      }
      m.region(start, len);
      if (m.lookingAt()) {
        next = Math.max(m.end(), start + 1);
        onMatch.accept(m);
      }
    }
  }

  /**
   * True when the digits at offset belong to a telephone number: a run of digit groups (spaces,
   * dots, hyphens, brackets between them) that starts with "+" ("+43 1 555 2040").
   */
  static boolean isInPhoneNumber(String text, int offset) {
    int i = offset;
    int stop = Math.max(0, offset - 24);
    while (i > stop) {
      char c = text.charAt(i - 1);
      if (c == '+') {
        return true;
      }
      if (!((c >= '0' && c <= '9') || c == ' ' || c == '.' || c == '-' || c == '(' || c == ')')) {
        return false;
      }
      i--;
    }
    return false;
  }

  private static int[] grow(int[] a, int n) {
    return n < a.length ? a : Arrays.copyOf(a, a.length * 2);
  }
}
