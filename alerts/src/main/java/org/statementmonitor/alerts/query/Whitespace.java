package org.statementmonitor.alerts.query;

/**
 * Runs of ASCII whitespace (what {@code \\s} matches: space, tab, line feed, vertical tab, form feed,
 * carriage return) made one space. Loops, not regular expressions: they run for every value of every
 * statement and for every snippet of every match.
 */
public final class Whitespace {

  private Whitespace() {}

  /** {@code text[from, to)} with every run of whitespace made one space (not stripped). */
  public static String collapse(String text, int from, int to) {
    StringBuilder out = new StringBuilder(to - from);
    boolean inRun = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        if (!inRun) {
          out.append(' ');
          inRun = true;
        }
      } else {
        out.append(c);
        inRun = false;
      }
    }
    return out.toString();
  }

  /**
   * {@code value} stripped, with every run of whitespace made one space; the stripped value itself
   * when it needs no change (the usual case), without copying it.
   */
  public static String collapseStripped(String value) {
    String stripped = value.strip();
    int n = stripped.length();
    for (int i = 0; i < n; i++) {
      char c = stripped.charAt(i);
      if (isSpace(c) && (c != ' ' || (i + 1 < n && isSpace(stripped.charAt(i + 1))))) {
        return collapse(stripped, 0, n);
      }
    }
    return stripped;
  }

  /** Whether {@code c} is one of the characters {@code \\s} matches. */
  public static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
