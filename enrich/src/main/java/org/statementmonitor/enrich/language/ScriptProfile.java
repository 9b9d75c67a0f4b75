package org.statementmonitor.enrich.language;

/**
 * Letter counts per writing system in a piece of text, and the language a script alone decides
 * (Armenian, Georgian, Han, Hangul, kana, Greek, Hebrew, Thai; Cyrillic and Arabic by their
 * language-specific letters). This is the fast path: no model is consulted for these scripts.
 */
record ScriptProfile(int latin, int cyrillic, int arabic, int armenian, int georgian, int han, int kana,
    int hangul, int greek, int hebrew, int other, boolean schwa, boolean ukrainianLetters,
    boolean persianLetters) {

  static ScriptProfile of(CharSequence text, int start, int end) {
    int latin = 0, cyr = 0, arab = 0, arm = 0, geo = 0, han = 0, kana = 0, hangul = 0, greek = 0,
        hebrew = 0, other = 0;
    boolean schwa = false, ukr = false, fa = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      if (c == 'ə' || c == 'Ə') {
        latin++;
        schwa = true;
        continue;
      }
      if (c < 0x250) {
        latin++;
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      switch (script) {
        case LATIN -> latin++;
        case CYRILLIC -> {
          cyr++;
          ukr |= c == 'і' || c == 'ї' || c == 'є' || c == 'ґ' || c == 'І' || c == 'Ї' || c == 'Є';
        }
        case ARABIC -> {
          arab++;
          fa |= c == 'پ' || c == 'چ' || c == 'ژ' || c == 'گ' || c == 'ی';
        }
        case ARMENIAN -> arm++;
        case GEORGIAN -> geo++;
        case HAN -> han++;
        case HIRAGANA, KATAKANA -> kana++;
        case HANGUL -> hangul++;
        case GREEK -> greek++;
        case HEBREW -> hebrew++;
        default -> other++;
      }
    }
    return new ScriptProfile(latin, cyr, arab, arm, geo, han, kana, hangul, greek, hebrew, other, schwa, ukr, fa);
  }

  int letters() {
    return latin + cyrillic + arabic + armenian + georgian + han + kana + hangul + greek + hebrew + other;
  }

  /** The language the dominant script decides, "latin" when a model must decide, "und" for none. */
  String decided() {
    int total = letters();
    if (total == 0) {
      return "und";
    }
    int max = Math.max(latin, Math.max(cyrillic, Math.max(arabic, Math.max(armenian, Math.max(georgian,
        Math.max(han + kana, Math.max(hangul, Math.max(greek, Math.max(hebrew, other)))))))));
    if (max == latin) {
      return "latin";
    }
    if (max == han + kana) {
      return kana > 0 ? "ja" : "zh";
    }
    if (max == cyrillic) {
      return ukrainianLetters ? "uk" : "ru";
    }
    if (max == arabic) {
      return persianLetters ? "fa" : "ar";
    }
    if (max == armenian) {
      return "hy";
    }
    if (max == georgian) {
      return "ka";
    }
    if (max == hangul) {
      return "ko";
    }
    if (max == greek) {
      return "el";
    }
    return max == hebrew ? "he" : "und";
  }
}
