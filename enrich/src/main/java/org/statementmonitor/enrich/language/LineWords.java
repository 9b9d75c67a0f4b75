package org.statementmonitor.enrich.language;

import java.util.Set;

/**
 * Word counts of one line in a single pass, without regular expressions or lower-casing the whole
 * line: how many words, how many of them start with a capital letter, and how many are English
 * function words. The language identifier reads two cheap signals from them: a line of mostly
 * capitalised words (a signatory "Name Surname – Head, Organisation", a heading) says too little
 * about its language and inherits; a line rich in English function words is English.
 *
 * @param words words (runs of letters) seen
 * @param capitalised words whose first letter is upper case
 * @param english words that are English function words
 */
record LineWords(int words, int capitalised, int english) {

  /** Longest English function word ("against"); longer words are never looked up. */
  private static final int LONGEST_FUNCTION_WORD = 7;

  private static final Set<String> ENGLISH = Set.of(
      "the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "as", "by", "was", "were", "are",
      "this", "from", "which", "be", "has", "have", "it", "its", "their", "at", "an", "or", "not", "who",
      "we", "our", "will", "would", "these", "been", "they", "against", "after");

  /** Counts the words of {@code text[start, end)}. */
  static LineWords of(CharSequence text, int start, int end) {
    int words = 0;
    int capitalised = 0;
    int english = 0;
    char[] word = new char[LONGEST_FUNCTION_WORD];
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        i++;
        continue;
      }
      words++;
      if (Character.isUpperCase(c)) {
        capitalised++;
      }
      int length = 0;
      while (i < end && Character.isLetter(text.charAt(i))) {
        if (length < LONGEST_FUNCTION_WORD) {
          word[length] = Character.toLowerCase(text.charAt(i));
        }
        length++;
        i++;
      }
      if (length <= LONGEST_FUNCTION_WORD && ENGLISH.contains(new String(word, 0, length))) {
        english++;
      }
    }
    return new LineWords(words, capitalised, english);
  }

  /** Share of English function words; 0 for fewer than four words (too few to say). */
  double englishShare() {
    return words < 4 ? 0.0 : (double) english / words;
  }

  /** Share of capitalised words; 0 for fewer than four words. */
  double capitalisedShare() {
    return words < 4 ? 0.0 : (double) capitalised / words;
  }
}
