package org.statementmonitor.alerts.matching;

import org.statementmonitor.alerts.query.Whitespace;

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

  /** {@code text[from, to)} with every run of whitespace made one space ({@link Whitespace}). */
  static String collapseWhitespace(String text, int from, int to) {
    return Whitespace.collapse(text, from, to);
  }

  /** The beginning of the text. */
  public static String lead(String text) {
    return around(text, 0, 0);
  }
}
