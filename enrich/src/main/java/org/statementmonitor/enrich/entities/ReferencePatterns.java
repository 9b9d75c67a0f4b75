package org.statementmonitor.enrich.entities;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.statementmonitor.common.event.EntityType;

/**
 * Finds document references and legal references by their shape: UN document symbols
 * ("A/77/1000", "S/2023/585", "A/HRC/52/L.1"), reference numbers ("No: 02/02", "Ref. 15-2/114"),
 * articles ("Article 12(4)", "Articles 2 and 26") and numbered resolutions ("Security Council
 * resolution 884 (1993)", "resolution 62/243").
 */
final class ReferencePatterns {

  private static final Pattern UN_SYMBOL = Pattern.compile(
      "(?=[A-Z])(?<![\\w/])[A-Z]{1,6}(?=[A-Z]{0,5}/)(?:/(?:[A-Z][A-Za-z]{0,5}\\.?\\d*|\\d{1,5}(?:[.-]\\d+)*|[A-Z]\\.\\d+|Add\\.\\d+|Rev\\.\\d+|Corr\\.\\d+)){2,8}(?![\\w/])");
  private static final Pattern REF_NUMBER = Pattern.compile(
      "(?=[NRYO№])\\b(?:No|Ref(?:\\.\\s*No)?|Reference|Our ref|Your ref|№)\\s*[.:#]?\\s*:?\\s*(?:№\\s*)?(\\d[\\w]*(?:[/-][\\w]+)*)");
  private static final Pattern ARTICLE = Pattern.compile(
      "(?=A)\\b(?:Articles?|Art\\.)\\s+\\d+(?:\\s*\\(\\d+\\))*(?:\\s*\\([a-z]\\))?"
          + "(?:(?:\\s*,\\s*|\\s+and\\s+|\\s*-\\s*)\\d+(?:\\s*\\(\\d+\\))*)*");
  private static final Pattern RESOLUTION = Pattern.compile(
      "(?=[USGHPRr])\\b(?:((?:United Nations |UN |U\\.N\\. )?(?:Security Council|General Assembly|Human Rights Council|PACE))\\s+)?"
          + "[Rr]esolutions?\\s+(?:No\\.?\\s*)?\\d+(?:/\\d+)*(?:\\s*\\(\\d{4}\\))?"
          + "(?:(?:\\s*,\\s*|\\s+and\\s+)\\d+(?:/\\d+)*(?:\\s*\\(\\d{4}\\))?)*");

  /** Numbered laws and decrees: "Law No. 20 of 2009", "Decree No. 1181", "Order No. 45/3 of 12 May 2021". */
  private static final Pattern NUMBERED_ACT = Pattern.compile(
      "(?=[LDO])\\b(?:Law|Decree|Order|Ordinance)\\s+(?:No\\.?|№|Number)\\s*\\d+(?:[/-]\\d+)*"
          + "(?:\\s+of\\s+(?:\\d{1,2}\\s+\\p{Lu}\\p{Ll}+\\s+)?\\d{4})?");

  /**
   * Unnamed treaties with two qualifying words: "strategic partnership treaty", "six-point
   * ceasefire agreement", "the 2008 ceasefire agreement".
   */
  private static final Pattern QUALIFIED_TREATY = Pattern.compile(
      "(?<![\\p{L}-])(?:[a-z]+-point|strategic|bilateral|trilateral|comprehensive|final|interim|permanent|historic"
          + "|(?<![\\d/])(?:19|20)\\d\\d)\\s+"
          + "(?:ceasefire|cease-fire|peace|partnership|friendship|cooperation|co-operation|armistice)\\s+"
          + "(?:treaty|agreement|accord)\\b");

  /** Longest text before "resolution" that a match can start with ("United Nations Security Council r"). */
  private static final int RESOLUTION_PREFIX = 48;

  private ReferencePatterns() {}

  static void find(String text, List<Mention> out, Spans taken) {
    if (text.indexOf('/') >= 0) {
      Candidates.each(UN_SYMBOL, text, symbolStarts(text), m -> {
        if (hasDigit(m.group())) {
          add(out, taken, EntityType.DOCREF, m.start(), m.end());
        }
      });
    }
    if (text.contains("esolution")) {
      Matcher m = RESOLUTION.matcher(text);
      m.useTransparentBounds(true);
      int from = 0;
      for (int i = text.indexOf("esolution"); i >= 0; i = text.indexOf("esolution", Math.max(i + 1, from))) {
        m.region(Math.max(from, i - RESOLUTION_PREFIX), text.length());
        if (!m.find()) {
          break;
        }
        if (m.group(1) != null) {
          // "General Assembly resolution 77/293": the body is an organisation, the rest the resolution.
          add(out, taken, EntityType.ORG, m.start(1), m.end(1));
          add(out, taken, EntityType.LAW, m.end(1) + 1, m.end());
        } else {
          add(out, taken, EntityType.LAW, m.start(), m.end());
        }
        from = m.end();
      }
    }
    if (text.contains("treaty") || text.contains("agreement") || text.contains("accord")) {
      Matcher q = QUALIFIED_TREATY.matcher(text);
      while (q.find()) {
        add(out, taken, EntityType.LAW, q.start(), q.end());
      }
    }
    Candidates.each(ARTICLE, text, Candidates.wordStarts(text, "A"),
        m -> add(out, taken, EntityType.LAW, m.start(), m.end()));
    Candidates.each(NUMBERED_ACT, text, Candidates.wordStarts(text, "LDO"),
        m -> add(out, taken, EntityType.LAW, m.start(), m.end()));
    Candidates.each(REF_NUMBER, text, Candidates.wordStarts(text, "NRYO№"), m -> {
      String number = m.group(1);
      boolean shaped = number.indexOf('/') >= 0 || number.indexOf('-') >= 0;
      if (shaped || isShortLine(text, m.start())) {
        add(out, taken, EntityType.DOCREF, m.start(), m.end());
      }
    });
  }

  /** Offsets of runs of capitals directly followed by '/', where a UN symbol can start. */
  private static int[] symbolStarts(String text) {
    int[] out = new int[8];
    int n = 0;
    for (int i = text.indexOf('/'); i >= 0; i = text.indexOf('/', i + 1)) {
      int s = i;
      while (s > 0 && i - s < 12 && text.charAt(s - 1) >= 'A' && text.charAt(s - 1) <= 'Z') {
        s--;
      }
      if (s < i && (n == 0 || out[n - 1] < s)) {
        if (n == out.length) {
          out = java.util.Arrays.copyOf(out, n * 2);
        }
        out[n++] = s;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  private static boolean isShortLine(String text, int offset) {
    int a = text.lastIndexOf('\n', offset);
    int b = text.indexOf('\n', offset);
    return (b < 0 ? text.length() : b) - a < 40;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static void add(List<Mention> out, Spans taken, EntityType type, int start, int end) {
    if (taken.overlaps(start, end)) {
      return;
    }
    Mention mention = Mention.of(type, start, end, Priorities.PATTERN, null);
    out.add(mention);
    taken.add(start, end);
  }
}
