package org.statementmonitor.enrich.entities;

import java.text.Normalizer;

/**
 * A statement's text folded for tolerant matching: lower case, diacritics removed, Azerbaijani and
 * Turkish letters mapped to plain Latin (ə→e, ı/İ→i, ğ→g, ş→s, ç→c, ö→o, ü→u), and separators
 * (spaces, line breaks, hyphens, quotes, apostrophes, dots) dropped. Every folded character keeps the
 * offsets of the original character it came from, so a match in the folded text maps back to a span
 * of the original text.
 *
 * <p>Word boundaries are kept as flags: a dictionary match must start at a word start and end at a
 * word end. Hard separators (semicolon, colon, brackets, blank lines) stop a match.
 */
public final class FoldedText {

  private static final String[] TABLE = buildTable();

  private final String original;
  private final char[] chars;
  private final int[] origin;
  private final boolean[] wordStart;
  private final boolean[] wordEnd;
  private final boolean[] hardBefore;
  private final int length;

  private FoldedText(String original) {
    this.original = original;
    int n = original.length();
    char[] out = new char[n + 16];
    int[] org = new int[n + 16];
    boolean[] starts = new boolean[n + 16];
    boolean[] ends = new boolean[n + 16];
    boolean[] hard = new boolean[n + 16];
    int len = 0;
    boolean inWord = false;
    boolean pendingHard = false;
    int newlines = 0;
    for (int i = 0; i < n; i++) {
      char c = original.charAt(i);
      String folded = fold(c);
      if (folded == null) {
        if (inWord && len > 0) {
          ends[len - 1] = true;
        }
        inWord = false;
        if (c == '\n') {
          newlines++;
          if (newlines >= 2) {
            pendingHard = true;
          }
        } else if (isHardSeparator(c)) {
          pendingHard = true;
        }
        continue;
      }
      if (c != '\r' && !Character.isWhitespace(c)) {
        newlines = 0;
      }
      for (int k = 0; k < folded.length(); k++) {
        if (len + 1 >= out.length) {
          int size = out.length * 2;
          out = java.util.Arrays.copyOf(out, size);
          org = java.util.Arrays.copyOf(org, size);
          starts = java.util.Arrays.copyOf(starts, size);
          ends = java.util.Arrays.copyOf(ends, size);
          hard = java.util.Arrays.copyOf(hard, size);
        }
        out[len] = folded.charAt(k);
        org[len] = i;
        if (!inWord) {
          starts[len] = true;
          hard[len] = pendingHard;
          pendingHard = false;
          inWord = true;
        }
        len++;
      }
    }
    if (inWord && len > 0) {
      ends[len - 1] = true;
    }
    this.chars = out;
    this.origin = org;
    this.wordStart = starts;
    this.wordEnd = ends;
    this.hardBefore = hard;
    this.length = len;
  }

  /** Folds a whole text. */
  public static FoldedText of(String text) {
    return new FoldedText(text == null ? "" : text);
  }

  /** Folds a phrase to the compact key a dictionary stores (no separators). */
  public static String key(String phrase) {
    StringBuilder sb = new StringBuilder(phrase.length());
    for (int i = 0; i < phrase.length(); i++) {
      String f = fold(phrase.charAt(i));
      if (f != null) {
        sb.append(f);
      }
    }
    return sb.toString();
  }

  /** The folded form of one character, or null when it is a separator. */
  static String fold(char c) {
    if (c < TABLE.length) {
      return TABLE[c];
    }
    if (Character.isLetterOrDigit(c)) {
      return String.valueOf(Character.toLowerCase(c));
    }
    if (Character.getType(c) == Character.NON_SPACING_MARK) {
      return "";
    }
    return null;
  }

  private static boolean isHardSeparator(char c) {
    return c == ';' || c == ':' || c == '(' || c == ')' || c == '[' || c == ']'
        || c == '!' || c == '?' || c == '|' || c == '•';
  }

  private static String[] buildTable() {
    String[] table = new String[0x0300];
    for (int c = 0; c < table.length; c++) {
      char ch = (char) c;
      if (!Character.isLetterOrDigit(ch)) {
        table[c] = null;
        continue;
      }
      String decomposed = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < decomposed.length(); i++) {
        char d = decomposed.charAt(i);
        if (Character.getType(d) != Character.NON_SPACING_MARK) {
          sb.append(Character.toLowerCase(d));
        }
      }
      table[c] = sb.toString();
    }
    table['ə'] = "e";
    table['Ə'] = "e";
    table['ı'] = "i";
    table['İ'] = "i";
    table['ß'] = "ss";
    table['æ'] = "ae";
    table['Æ'] = "ae";
    table['ø'] = "o";
    table['Ø'] = "o";
    table['đ'] = "d";
    table['Đ'] = "d";
    table['ł'] = "l";
    table['Ł'] = "l";
    return table;
  }

  /** The text this was folded from. */
  public String original() {
    return original;
  }

  /** Number of folded characters. */
  public int length() {
    return length;
  }

  /** The folded character at a folded index. */
  public char charAt(int i) {
    return chars[i];
  }

  /** True when a word starts at this folded index. */
  public boolean isWordStart(int i) {
    return wordStart[i];
  }

  /** True when a word ends at this folded index (inclusive). */
  public boolean isWordEnd(int i) {
    return wordEnd[i];
  }

  /** True when a hard separator (semicolon, bracket, blank line...) precedes this word start. */
  public boolean isHardBoundary(int i) {
    return hardBefore[i];
  }

  /** Offset in the original text of the character a folded index came from. */
  public int originalStart(int i) {
    return origin[i];
  }

  /** Offset in the original text just after the character a folded index (inclusive) came from. */
  public int originalEnd(int i) {
    int o = origin[i];
    return Character.isHighSurrogate(original.charAt(o)) && o + 1 < original.length() ? o + 2 : o + 1;
  }
}
