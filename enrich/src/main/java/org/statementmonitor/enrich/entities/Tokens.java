package org.statementmonitor.enrich.entities;

import java.util.Arrays;

/**
 * A fast tokenisation of a text into words, numbers and punctuation with their offsets; no model.
 * Words keep inner hyphens and apostrophes ("Co-operation", "O'Brien") but not a possessive "'s".
 */
public final class Tokens {

  /** What a token is. */
  public enum Kind { WORD, NUMBER, PUNCT }

  private final String text;
  private int[] starts = new int[256];
  private int[] ends = new int[256];
  private Kind[] kinds = new Kind[256];
  private int size;

  private Tokens(String text) {
    this.text = text;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u00A0') {
        i++;
      } else if (Character.isLetter(c)) {
        int j = i + 1;
        while (j < n) {
          char d = text.charAt(j);
          if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
            j++;
          } else if ((d == '-' || d == '\'' || d == '’' || d == '‑') && j + 1 < n
              && Character.isLetter(text.charAt(j + 1)) && !isPossessive(text, j)) {
            j += 2;
          } else {
            break;
          }
        }
        add(i, j, Kind.WORD);
        i = j;
      } else if (Character.isDigit(c)) {
        int j = i + 1;
        while (j < n) {
          char d = text.charAt(j);
          if (Character.isDigit(d)) {
            j++;
          } else if ((d == ',' || d == '.') && j + 1 < n && Character.isDigit(text.charAt(j + 1))) {
            j += 2;
          } else {
            break;
          }
        }
        add(i, j, Kind.NUMBER);
        i = j;
      } else {
        int j = Character.isHighSurrogate(c) && i + 1 < n ? i + 2 : i + 1;
        add(i, j, Kind.PUNCT);
        i = j;
      }
    }
  }

  private static boolean isPossessive(String text, int j) {
    char s = text.charAt(j + 1);
    return (s == 's' || s == 'S') && (j + 2 >= text.length() || !Character.isLetter(text.charAt(j + 2)));
  }

  /** Tokenises a text. */
  public static Tokens of(String text) {
    return new Tokens(text);
  }

  private void add(int start, int end, Kind kind) {
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
      kinds = Arrays.copyOf(kinds, size * 2);
    }
    starts[size] = start;
    ends[size] = end;
    kinds[size] = kind;
    size++;
  }

  /** Number of tokens. */
  public int size() {
    return size;
  }

  /** Start offset of token i. */
  public int start(int i) {
    return starts[i];
  }

  /** End offset of token i. */
  public int end(int i) {
    return ends[i];
  }

  /** Kind of token i. */
  public Kind kind(int i) {
    return kinds[i];
  }

  /** Text of token i. */
  public String text(int i) {
    return text.substring(starts[i], ends[i]);
  }

  /** True when token i is exactly the given text (no copy made). */
  public boolean is(int i, String s) {
    return ends[i] - starts[i] == s.length() && text.regionMatches(starts[i], s, 0, s.length());
  }

  /** True when token i is the given text in any case (no copy made). */
  public boolean isIgnoreCase(int i, String s) {
    return ends[i] - starts[i] == s.length() && text.regionMatches(true, starts[i], s, 0, s.length());
  }

  /** Length of token i. */
  public int length(int i) {
    return ends[i] - starts[i];
  }

  /** The first character of token i. */
  public char first(int i) {
    return text.charAt(starts[i]);
  }

  /** True for a word starting with an upper-case letter. */
  public boolean isCapitalized(int i) {
    return kinds[i] == Kind.WORD && Character.isUpperCase(text.charAt(starts[i]));
  }

  /** True for a word written entirely in capitals (two letters or more). */
  public boolean isAllCaps(int i) {
    if (kinds[i] != Kind.WORD || ends[i] - starts[i] < 2) {
      return false;
    }
    for (int k = starts[i]; k < ends[i]; k++) {
      if (Character.isLowerCase(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** True when token i is punctuation equal to c. */
  public boolean isPunct(int i, char c) {
    return i >= 0 && i < size && kinds[i] == Kind.PUNCT && text.charAt(starts[i]) == c;
  }

  /** Line breaks between token i-1 and token i. */
  public int newlinesBefore(int i) {
    int from = i == 0 ? 0 : ends[i - 1];
    int count = 0;
    for (int k = from; k < starts[i]; k++) {
      if (text.charAt(k) == '\n') {
        count++;
      }
    }
    return count;
  }

  /** True when token i begins a sentence (start of text or line, or after . ! ? or a quote). */
  public boolean isSentenceStart(int i) {
    int j = i - 1;
    while (j >= 0 && kinds[j] == Kind.PUNCT && "\"“‘'«(*".indexOf(text.charAt(starts[j])) >= 0) {
      j--;
    }
    if (j < 0 || newlinesBefore(j + 1) > 0) {
      return true;
    }
    return kinds[j] == Kind.PUNCT && ".!?:;".indexOf(text.charAt(starts[j])) >= 0;
  }

  /** Length of the line that contains offset. */
  public int lineLength(int offset) {
    int a = text.lastIndexOf('\n', Math.max(0, offset - 1));
    int b = text.indexOf('\n', offset);
    return (b < 0 ? text.length() : b) - (a + 1);
  }

  /** The text. */
  public String source() {
    return text;
  }
}
