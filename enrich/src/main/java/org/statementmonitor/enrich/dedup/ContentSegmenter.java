package org.statementmonitor.enrich.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
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

  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\u00A0]*\\n\\s*");
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=[.!?])[\"'\\u201D\\u2019)\\]]*\\s+(?=[\"'\\u201C\\u2018(\\[]?[\\p{Lu}\\p{N}])");
  private static final Pattern SIGNATORY =
      Pattern.compile("^\\W{0,3}[\\p{L}.'\\- ]{2,60}\\s[\\u2013\\u2014\\-]{1,2}\\s.{2,160}$");
  private static final Pattern DASH_SEPARATOR = Pattern.compile("\\s[\\u2013\\u2014]\\s|\\s-\\s");

  private ContentSegmenter() {}

  /** One sentence or furniture line, with its normalised words. */
  public record Segment(int start, int end, boolean prose, List<String> words) {}

  /** The segments of a text in order. */
  public static List<Segment> segment(String text) {
    List<Segment> out = new ArrayList<>();
    Matcher breaks = PARAGRAPH_BREAK.matcher(text);
    int start = 0;
    while (out.size() < MAX_SENTENCES) {
      boolean found = breaks.find();
      int end = found ? breaks.start() : text.length();
      addParagraph(text, start, end, out);
      if (!found) {
        break;
      }
      start = breaks.end();
    }
    return out;
  }

  private static void addParagraph(String text, int start, int end, List<Segment> out) {
    String paragraph = text.substring(start, end);
    if (paragraph.isBlank()) {
      return;
    }
    String[] lines = paragraph.split("\\n", -1);
    if (isFurnitureBlock(paragraph, lines)) {
      int offset = start;
      for (String line : lines) {
        if (!line.isBlank()) {
          addSegment(text, offset, offset + line.length(), false, out);
        }
        offset += line.length() + 1;
      }
      return;
    }
    Matcher m = SENTENCE_END.matcher(paragraph);
    int from = 0;
    while (out.size() < MAX_SENTENCES) {
      boolean found = m.find();
      int to = found ? m.start() : paragraph.length();
      addSegment(text, start + from, start + to, true, out);
      if (!found) {
        break;
      }
      from = m.end();
    }
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
      if (SIGNATORY.matcher(last).matches() && !endsSentence(last)) {
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
    int dashes = 0;
    Matcher d = DASH_SEPARATOR.matcher(paragraph);
    while (d.find()) {
      dashes++;
    }
    return dashes >= 4 && dashes > stops;
  }

  static boolean isFurnitureLine(String line) {
    int words = line.split("\\s+").length;
    if (SIGNATORY.matcher(line).matches() && words <= 30 && !endsSentence(line)) {
      return true;
    }
    return words < MIN_PROSE_LINE_WORDS && !endsSentence(line);
  }

  private static boolean endsSentence(String line) {
    String s = line.replaceAll("[\"'\\u201D\\u2019)*_\\]]+$", "");
    return !s.isEmpty() && ".!?:".indexOf(s.charAt(s.length() - 1)) >= 0;
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

  private static void addSegment(String text, int start, int end, boolean prose, List<Segment> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      List<String> words = TextNormalizer.words(text.substring(start, end));
      if (!words.isEmpty()) {
        out.add(new Segment(start, end, prose, words));
      }
    }
  }
}
