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
      "(?=[USGHPRr])\\b(?:(?:United Nations |UN |U\\.N\\. )?(?:Security Council|General Assembly|Human Rights Council|PACE)\\s+)?"
          + "[Rr]esolutions?\\s+(?:No\\.?\\s*)?\\d+(?:/\\d+)*(?:\\s*\\(\\d{4}\\))?"
          + "(?:(?:\\s*,\\s*|\\s+and\\s+)\\d+(?:/\\d+)*(?:\\s*\\(\\d{4}\\))?)*");

  private ReferencePatterns() {}

  static void find(String text, List<Mention> out, Spans taken) {
    Matcher m = UN_SYMBOL.matcher(text);
    while (m.find()) {
      if (hasDigit(m.group())) {
        add(out, taken, EntityType.DOCREF, m.start(), m.end());
      }
    }
    m = RESOLUTION.matcher(text);
    while (m.find()) {
      add(out, taken, EntityType.LAW, m.start(), m.end());
    }
    m = ARTICLE.matcher(text);
    while (m.find()) {
      add(out, taken, EntityType.LAW, m.start(), m.end());
    }
    m = REF_NUMBER.matcher(text);
    while (m.find()) {
      String number = m.group(1);
      boolean shaped = number.indexOf('/') >= 0 || number.indexOf('-') >= 0;
      if (shaped || isShortLine(text, m.start())) {
        add(out, taken, EntityType.DOCREF, m.start(), m.end());
      }
    }
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
