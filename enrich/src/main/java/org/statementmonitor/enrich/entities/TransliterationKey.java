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
    String s = w.replace("dzh", "j").replace("kh", "x").replace("gh", "g").replace("sh", "s")
        .replace("ch", "c").replace("zh", "j").replace("ou", "u").replace('q', 'g').replace('y', 'i')
        .replace('w', 'v');
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char m = switch (c) {
        case 'e' -> 'a';
        case 'u' -> 'o';
        default -> c;
      };
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
