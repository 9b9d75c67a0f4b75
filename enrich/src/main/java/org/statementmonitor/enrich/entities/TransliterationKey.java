package org.statementmonitor.enrich.entities;

/**
 * A loose key under which transliteration variants of a name coincide: "Khankendi" and
 * "Khankandi", "Alakbarli" and "Alakbarov", "Garabagh" and "Qarabağ". Folds the text, maps
 * digraphs (kh→x, gh/q→g, sh→s, ch/ç→c, zh/j→j, y→i), merges a/e and o/u, and drops the common
 * surname endings (-li, -ly, -lu, -ov, -ova, -ev, -eva, -yev) of long words.
 */
public final class TransliterationKey {

  private TransliterationKey() {}

  /** The key of a name; words separated by single spaces. */
  public static String of(String name) {
    StringBuilder out = new StringBuilder(name.length());
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= name.length(); i++) {
      char c = i < name.length() ? name.charAt(i) : ' ';
      String f = FoldedText.fold(c);
      if (f == null || Character.isWhitespace(c)) {
        if (f == null && (c == '-' || c == '\'' || c == '’')) {
          continue;
        }
        if (word.length() > 0) {
          if (out.length() > 0) {
            out.append(' ');
          }
          out.append(word(word.toString()));
          word.setLength(0);
        }
      } else {
        word.append(f);
      }
    }
    return out.toString();
  }

  /** The key of one folded word. */
  static String word(String w) {
    StringBuilder b = new StringBuilder(w.length());
    int n = w.length();
    for (int i = 0; i < n; i++) {
      char c = w.charAt(i);
      char next = i + 1 < n ? w.charAt(i + 1) : 0;
      char m;
      if (c == 'd' && next == 'z' && i + 2 < n && w.charAt(i + 2) == 'h') {
        m = 'j';
        i += 2;
      } else if (next == 'h' && (c == 'k' || c == 'g' || c == 's' || c == 'c' || c == 'z')) {
        m = switch (c) {
          case 'k' -> 'x';
          case 'g' -> 'g';
          case 's' -> 's';
          case 'c' -> 'c';
          default -> 'j';
        };
        i++;
      } else if (c == 'o' && next == 'u') {
        m = 'o';
        i++;
      } else {
        m = switch (c) {
          case 'q' -> 'g';
          case 'y' -> 'i';
          case 'w' -> 'v';
          case 'e' -> 'a';
          case 'u' -> 'o';
          default -> c;
        };
      }
      if (b.length() == 0 || b.charAt(b.length() - 1) != m) {
        b.append(m);
      }
    }
    String k = b.toString();
    if (k.length() >= 7) {
      for (String ending : new String[] {"iava", "iav", "ova", "ava", "ov", "av", "li", "lo"}) {
        if (k.endsWith(ending)) {
          return k.substring(0, k.length() - ending.length());
        }
      }
    }
    return k;
  }
}
