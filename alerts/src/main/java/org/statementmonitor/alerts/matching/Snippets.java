package org.statementmonitor.alerts.matching;

/** Cuts a readable snippet around a span of text, on word boundaries, as plain text. */
public final class Snippets {

  /** Characters kept on each side of the match. */
  public static final int CONTEXT = 90;

  private Snippets() {}

  /** The text around {@code [start, end)}, with an ellipsis where it was cut. */
  public static String around(String text, int start, int end) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    int s = Math.max(0, Math.min(start, text.length()));
    int e = Math.max(s, Math.min(end, text.length()));
    int from = Math.max(0, s - CONTEXT);
    int to = Math.min(text.length(), e + CONTEXT);
    while (from > 0 && from < s && !Character.isWhitespace(text.charAt(from - 1))) {
      from++;
    }
    while (to < text.length() && to > e && !Character.isWhitespace(text.charAt(to))) {
      to--;
    }
    String body = collapseWhitespace(text, from, to).strip();
    return (from > 0 ? "… " : "") + body + (to < text.length() ? " …" : "");
  }

  /**
   * {@code text[from, to)} with every run of ASCII whitespace (what {@code \\s} matches: space, tab,
   * line feed, vertical tab, form feed, carriage return) made one space; a loop, not a regular
   * expression, because it runs for every match.
   */
  static String collapseWhitespace(String text, int from, int to) {
    StringBuilder out = new StringBuilder(to - from);
    boolean inRun = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
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

  /** The beginning of the text. */
  public static String lead(String text) {
    return around(text, 0, 0);
  }
}
