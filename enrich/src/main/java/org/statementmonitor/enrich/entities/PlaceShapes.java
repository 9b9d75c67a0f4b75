package org.statementmonitor.enrich.entities;

import java.util.Set;

/**
 * How the names of places of the region are shaped: endings of towns (-abad, -stan, -kent,
 * -ovka, -kala...), endings of villages that surnames share (-li, -lu, -lar), and the first words
 * of compound village names (Yukhari "Upper", Ashagi "Lower", Boyuk "Great").
 */
final class PlaceShapes {

  private static final String[] PLACE_SUFFIXES = {
      "abad", "stan", "kent", "kend", "kand", "grad", "gorod", "pol", "polis", "shahr", "shehr", "burg",
      "ville", "dzor", "ashen", "avan", "aran", "akh", "ija", "ovo", "evo", "ino", "sk", "insk", "ovka", "ivka",
      "evka", "kala", "qala", "kale", "hisar", "dagh", "tepe", "yurt", "bulag", "bulaq", "bulak", "chay", "isi",
      "eti", "iyah", "iyeh", "köy", "tobe"};
  /** Endings of village names of Azerbaijan and the region, which surnames share: trusted after "in", "near"... */
  private static final String[] VILLAGE_SUFFIXES = {"li", "lı", "lu", "lü", "ly", "lar", "lər"};
  /** First words of compound village names: "Yukhari Veysalli" (Upper), "Ashagi" (Lower), "Boyuk" (Great). */
  private static final Set<String> PLACE_PREFIXES = Set.of(
      "yukhari", "yukhary", "yuxari", "ashagi", "ashaghi", "ashaghy", "asagi", "boyuk", "kichik", "kicik",
      "nizhny", "nizhniy", "verkhny", "verkhniy", "novyi", "staryi");

  private PlaceShapes() {}

  /** True when the word ends like a town of the region ("Novabad", "Dostuk-kent"). */
  static boolean hasPlaceEnding(String word) {
    return hasSuffix(word, PLACE_SUFFIXES);
  }

  /** True when the word ends like a village of the region ("Veysalli"), as surnames also do. */
  static boolean hasVillageEnding(String word) {
    return hasSuffix(word, VILLAGE_SUFFIXES);
  }

  /** True for the first word of a compound village name ("Yukhari", "Ashagi"). */
  static boolean isPrefix(String word) {
    return PLACE_PREFIXES.contains(FoldedText.key(word));
  }

  private static boolean hasSuffix(String word, String[] suffixes) {
    for (String s : suffixes) {
      if (word.length() > s.length() + 2 && word.endsWith(s)) {
        return true;
      }
    }
    return false;
  }
}
