package org.statementmonitor.enrich.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a statement into sentences and tells prose from furniture. Letterheads, addresses, dates,
 * titles and signatory lists ("Name – Head of Organisation", one per line) are furniture: every
 * statement of an organisation repeats them, so they must not make two different statements look
 * alike. Only prose sentences feed the content shingles and the passage fingerprints.
 *
 * <p>Offsets are character offsets into the text given, which is the statement text with HTML
 * markup removed (see {@link TextNormalizer#stripMarkup(String)}). Stateless and thread-safe.
 */
public final class ContentSegmenter {

  /** Most sentences looked at in one statement: bounds time and memory on huge texts. */
  public static final int MAX_SENTENCES = 2_000;

  /** Fewest words of a stand-alone line for it to count as prose when it has no final stop. */
  static final int MIN_PROSE_LINE_WORDS = 18;

  private static final Pattern SIGNATORY =
      Pattern.compile("^\\W{0,3}[\\p{L}.'\\- ]{2,60}\\s[\\u2013\\u2014\\-]{1,2}\\s.{2,160}$");

  private ContentSegmenter() {}

  /** One sentence or furniture line, with its normalised words. */
  public record Segment(int start, int end, boolean prose, List<String> words) {}

  /** The segments of a text in order. */
  public static List<Segment> segment(String text) {
    List<Segment> out = new ArrayList<>();
    StringBuilder scratch = new StringBuilder(32);
    int start = 0;
    while (out.size() < MAX_SENTENCES) {
      long brk = nextParagraphBreak(text, start);
      int end = brk < 0 ? text.length() : (int) (brk >>> 32);
      addParagraph(text, start, end, out, scratch);
      if (brk < 0) {
        break;
      }
      start = (int) brk;
    }
    return out;
  }

  /**
   * The next paragraph break at or after {@code from}: a line break, spaces, tabs or no-break spaces,
   * a line break, then any whitespace. Returns (start << 32 | end), or -1 when there is none.
   */
  static long nextParagraphBreak(String text, int from) {
    int n = text.length();
    for (int i = text.indexOf('\n', from); i >= 0; i = text.indexOf('\n', i + 1)) {
      int j = i + 1;
      while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\u00A0')) {
        j++;
      }
      if (j < n && text.charAt(j) == '\n') {
        j++;
        while (j < n && TextNormalizer.isRegexSpace(text.charAt(j))) {
          j++;
        }
        return ((long) i << 32) | j;
      }
    }
    return -1;
  }

  private static void addParagraph(String text, int start, int end, List<Segment> out,
      StringBuilder scratch) {
    String paragraph = text.substring(start, end);
    if (paragraph.isBlank()) {
      return;
    }
    String[] lines = paragraph.split("\n", -1);
    if (isFurnitureBlock(paragraph, lines)) {
      int offset = start;
      for (String line : lines) {
        if (!line.isBlank()) {
          addSegment(text, offset, offset + line.length(), false, out, scratch);
        }
        offset += line.length() + 1;
      }
      return;
    }
    int from = 0;
    while (out.size() < MAX_SENTENCES) {
      long brk = nextSentenceEnd(paragraph, from);
      int to = brk < 0 ? paragraph.length() : (int) (brk >>> 32);
      addSegment(text, start + from, start + to, true, out, scratch);
      if (brk < 0) {
        break;
      }
      from = (int) brk;
    }
  }

  /**
   * The next sentence boundary at or after {@code from}: after '.', '!' or '?', any closing quotes or
   * brackets, whitespace, then (after an optional opening quote or bracket) an upper-case letter or a
   * digit. Returns (start << 32 | end) of the gap between the sentences, or -1.
   */
  static long nextSentenceEnd(String p, int from) {
    int n = p.length();
    for (int i = Math.max(from, 1); i < n; i++) {
      char stop = p.charAt(i - 1);
      if (stop != '.' && stop != '!' && stop != '?') {
        continue;
      }
      int j = i;
      while (j < n && isCloser(p.charAt(j))) {
        j++;
      }
      int k = j;
      while (k < n && TextNormalizer.isRegexSpace(p.charAt(k))) {
        k++;
      }
      if (k == j || k == n) {
        continue;
      }
      int next = k;
      if (isOpener(p.charAt(next)) && next + 1 < n && startsSentence(p, next + 1)) {
        return ((long) i << 32) | k;
      }
      if (startsSentence(p, next)) {
        return ((long) i << 32) | k;
      }
    }
    return -1;
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']';
  }

  private static boolean isOpener(char c) {
    return c == '"' || c == '\'' || c == '\u201C' || c == '\u2018' || c == '(' || c == '[';
  }

  private static boolean startsSentence(String p, int i) {
    int cp = p.codePointAt(i);
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER,
          Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  /**
   * A paragraph is furniture when it is one short line without a final stop (a title, a date), a
   * block without any full stop (a letterhead, an address), or mostly "Name – Role" lines (a
   * signatory list, also when re-wrapped into one block). Wrapped prose has full stops.
   */
  static boolean isFurnitureBlock(String paragraph, String[] lines) {
    int nonBlank = 0;
    int signatories = 0;
    String last = "";
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      nonBlank++;
      last = line.strip();
      if (isSignatory(last) && !endsSentence(last)) {
        signatories++;
      }
    }
    if (nonBlank == 1) {
      return isFurnitureLine(last);
    }
    int stops = countStops(paragraph);
    if (signatories * 2 > nonBlank || (stops == 0 && !endsSentence(last))) {
      return true;
    }
    int dashes = countDashSeparators(paragraph);
    return dashes >= 4 && dashes > stops;
  }

  static boolean isFurnitureLine(String line) {
    int words = countWords(line);
    if (isSignatory(line) && words <= 30 && !endsSentence(line)) {
      return true;
    }
    return words < MIN_PROSE_LINE_WORDS && !endsSentence(line);
  }

  /** A "Name – Role" line; the regex runs only on lines that have a dash at all. */
  private static boolean isSignatory(String line) {
    return (line.indexOf('-') >= 0 || line.indexOf('\u2013') >= 0 || line.indexOf('\u2014') >= 0)
        && SIGNATORY.matcher(line).matches();
  }

  /** As many as {@code line.split("\\s+").length}, without a regex. */
  private static int countWords(String line) {
    int n = line.length();
    if (n == 0) {
      return 1;
    }
    int words = TextNormalizer.isRegexSpace(line.charAt(0)) ? 1 : 0;
    boolean inWord = false;
    for (int i = 0; i < n; i++) {
      boolean space = TextNormalizer.isRegexSpace(line.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return Math.max(words, 1);
  }

  /** Separators " – ", " — " or " - " (non-overlapping), as in signatory lists. */
  private static int countDashSeparators(String p) {
    int dashes = 0;
    int n = p.length();
    for (int i = 0; i + 2 < n; i++) {
      char d = p.charAt(i + 1);
      if ((d == '-' || d == '\u2013' || d == '\u2014') && TextNormalizer.isRegexSpace(p.charAt(i))
          && TextNormalizer.isRegexSpace(p.charAt(i + 2))) {
        dashes++;
        i += 2;
      }
    }
    return dashes;
  }

  private static boolean endsSentence(String line) {
    int end = line.length();
    while (end > 0 && isTrailingMark(line.charAt(end - 1))) {
      end--;
    }
    return end > 0 && ".!?:".indexOf(line.charAt(end - 1)) >= 0;
  }

  private static boolean isTrailingMark(char c) {
    return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == '*' || c == '_'
        || c == ']';
  }

  private static int countStops(String paragraph) {
    int n = 0;
    for (int i = 0; i < paragraph.length(); i++) {
      if (paragraph.charAt(i) == '.' && (i + 1 == paragraph.length() || Character.isWhitespace(paragraph.charAt(i + 1)))) {
        n++;
      }
    }
    return n;
  }

  private static void addSegment(String text, int start, int end, boolean prose, List<Segment> out,
      StringBuilder scratch) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      List<String> words = new ArrayList<>((end - start) / 5 + 1);
      TextNormalizer.appendWords(text, start, end, words, scratch);
      if (!words.isEmpty()) {
        out.add(new Segment(start, end, prose, TextNormalizer.unifyPhrases(words)));
      }
    }
  }
}
