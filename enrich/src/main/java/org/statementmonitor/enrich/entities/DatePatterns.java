package org.statementmonitor.enrich.entities;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.statementmonitor.common.event.EntityType;

/**
 * Finds dates, periods and ranges and normalises them to ISO-8601: "12 January 2023" →
 * 2023-01-12, "22-24 November 1988" → 1988-11-22/1988-11-24, "1988-91" → 1988/1991, "November
 * 1988" → 1988-11, "the 1990s" → 199, "the 20th century" → 19.
 */
final class DatePatterns {

  /** A month; only an abbreviation takes a full stop with it ("Nov. 12", but not the stop after "28 May."). */
  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)";
  private static final String YEAR = "(1[5-9]\\d\\d|20\\d\\d)";
  private static final String DASH = "\\s*[-–—]\\s*";
  private static final String ORD = "(?:st|nd|rd|th)?";
  /** Cheap first-character checks first, so the engine skips most positions at once. */
  private static final String DAY_START = "(?=\\d)(?<!\\w)";
  private static final String MONTH_START = "(?=[JFMASOND])(?<!\\w)";
  private static final String YEAR_START = "(?=[12])";

  private static final Pattern DAY_RANGE = Pattern.compile(
      DAY_START + "(\\d{1,2})" + ORD + DASH + "(\\d{1,2})" + ORD + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "\\b");
  private static final Pattern CROSS_MONTH = Pattern.compile(
      DAY_START + "(\\d{1,2})" + ORD + "\\s+" + MONTH + DASH + "(\\d{1,2})" + ORD + "\\s+" + MONTH + ",?\\s+" + YEAR + "\\b");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      DAY_START + "(\\d{1,2})" + ORD + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR + "\\b");
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      MONTH_START + MONTH + "\\s+(\\d{1,2})" + ORD + ",?\\s+" + YEAR + "\\b");
  private static final Pattern MONTH_DAY = Pattern.compile(
      MONTH_START + MONTH + "\\s+(\\d{1,2})" + ORD + "(?![\\d,]\\s*\\d)(?!\\d)");
  private static final Pattern DAY_MONTH = Pattern.compile(
      DAY_START + "(\\d{1,2})" + ORD + "\\s+(?:of\\s+)?" + MONTH + "(?!\\s*,?\\s*\\d)");
  private static final Pattern MONTH_YEAR = Pattern.compile(MONTH_START + MONTH + "\\s+(?:of\\s+)?" + YEAR + "\\b");
  private static final Pattern ISO = Pattern.compile(YEAR_START + "(?<!\\w)" + YEAR + "-(\\d{2})-(\\d{2})\\b");
  private static final Pattern NUMERIC = Pattern.compile("(?=\\d)(?<![\\d/.])(\\d{1,2})[./](\\d{1,2})[./]" + YEAR + "\\b");
  private static final Pattern YEAR_RANGE = Pattern.compile(
      YEAR_START + "(?<![\\d/,.])" + YEAR + "\\s*[-–—]\\s*(\\d{4}|\\d{2})(?![\\d/])");
  private static final Pattern DECADE = Pattern.compile(YEAR_START + "(?<!\\w)(1[5-9]\\d0|20\\d0)['’]?s\\b");
  private static final Pattern CENTURY = Pattern.compile(
      "(?=\\d)(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)\\s+(?:[Cc]entury|[Cc]enturies)\\b");
  private static final List<String> ORDINALS = List.of(
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
      "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
      "eighteenth", "nineteenth", "twentieth", "twenty-first");
  /** "the seventeenth century", "a nineteenth-century shrine". */
  private static final Pattern WORD_CENTURY = Pattern.compile(
      "(?i)(?<!\\p{L})(" + String.join("|", ORDINALS.reversed()) + ")[\\s-]+centur(?:y|ies)\\b");
  private static final Pattern YEAR_ONLY = Pattern.compile(YEAR_START + "(?<![\\d/,.:#№+-])" + YEAR + "(?![\\d/]|[.,]\\d)");
  /**
   * A month without day or year ("since January"). May only counts after a time word that a verb
   * never follows ("since May", "in May"; not "by May", "of May").
   */
  private static final Pattern MONTH_ALONE = Pattern.compile(MONTH_START
      + "(January|February|March|April|May|June|July|August|September|October|November|December)(?!\\s*\\d)\\b");
  private static final java.util.Set<String> TIME_WORDS = java.util.Set.of(
      "in", "since", "until", "till", "by", "from", "through", "early", "late", "mid", "last", "next", "this",
      "during", "before", "after", "of");
  private static final Pattern DOCREF_BEFORE = Pattern.compile("(?i)(?:No|Ref|Tel|Fax|Box|№)\\.?\\s*:?\\s*$");

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private DatePatterns() {}

  static void find(String text, List<Mention> out, Spans taken) {
    int[] digits = Candidates.digitRuns(text);
    int[] months = Candidates.wordStarts(text, "JFMASOND");
    Candidates.each(CROSS_MONTH, text, digits, m ->
        add(out, taken, m, iso(m.group(5), m.group(2), m.group(1)) + "/" + iso(m.group(5), m.group(4), m.group(3))));
    Candidates.each(DAY_RANGE, text, digits, m ->
        add(out, taken, m, iso(m.group(4), m.group(3), m.group(1)) + "/" + iso(m.group(4), m.group(3), m.group(2))));
    Candidates.each(DAY_MONTH_YEAR, text, digits, m -> add(out, taken, m, iso(m.group(3), m.group(2), m.group(1))));
    Candidates.each(MONTH_DAY_YEAR, text, months, m -> add(out, taken, m, iso(m.group(3), m.group(1), m.group(2))));
    Candidates.each(MONTH_YEAR, text, months, m -> add(out, taken, m, m.group(2) + "-" + two(month(m.group(1)))));
    Candidates.each(MONTH_DAY, text, months, m -> {
      int day = Integer.parseInt(m.group(2));
      if (day >= 1 && day <= 31) {
        add(out, taken, m, "--" + two(month(m.group(1))) + "-" + two(day));
      }
    });
    Candidates.each(DAY_MONTH, text, digits, m -> {
      int day = Integer.parseInt(m.group(1));
      if (day >= 1 && day <= 31) {
        add(out, taken, m, "--" + two(month(m.group(2))) + "-" + two(day));
      }
    });
    Candidates.each(ISO, text, digits, m -> add(out, taken, m, m.group()));
    Candidates.each(NUMERIC, text, digits, m -> {
      int day = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(2));
      if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
        add(out, taken, m, m.group(3) + "-" + two(month) + "-" + two(day));
      }
    });
    Candidates.each(YEAR_RANGE, text, digits, m -> {
      String from = m.group(1);
      String to = m.group(2).length() == 2 ? from.substring(0, 2) + m.group(2) : m.group(2);
      if (Integer.parseInt(to) > Integer.parseInt(from) && !isReference(text, m.start())) {
        add(out, taken, m, from + "/" + to);
      }
    });
    Candidates.each(DECADE, text, digits, m -> add(out, taken, m, m.group(1).substring(0, 3)));
    Candidates.each(CENTURY, text, digits, m -> {
      int c = Integer.parseInt(m.group(1));
      if (c >= 1 && c <= 21) {
        add(out, taken, m, two(c - 1));
      }
    });
    if (text.contains("entur")) {
      Matcher m = WORD_CENTURY.matcher(text);
      while (m.find()) {
        int c = ORDINALS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1;
        if (c >= 1 && c <= 21) {
          add(out, taken, m, two(c - 1));
        }
      }
    }
    Candidates.each(YEAR_ONLY, text, digits, m -> {
      if (!isReference(text, m.start()) && !Candidates.isInPhoneNumber(text, m.start())) {
        add(out, taken, m, m.group(1));
      }
    });
    Candidates.each(MONTH_ALONE, text, months, m -> {
      if (isTimePreposition(text, m.start()) && (!m.group(1).equals("May") || !isAfterByOrOf(text, m.start()))) {
        add(out, taken, m, "--" + two(month(m.group(1))));
      }
    });
  }

  /** "in March", "since January", "by early October": a month named alone after a time word. */
  private static boolean isTimePreposition(String text, int start) {
    int e = start;
    while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '-')) {
      e--;
    }
    int b = e;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    return e > b && e - b <= 6 && TIME_WORDS.contains(text.substring(b, e).toLowerCase(Locale.ROOT));
  }

  private static boolean isAfterByOrOf(String text, int start) {
    int e = start;
    while (e > 0 && text.charAt(e - 1) == ' ') {
      e--;
    }
    return text.startsWith("by", e - 2) || text.startsWith("of", e - 2);
  }

  private static boolean isReference(String text, int start) {
    return DOCREF_BEFORE.matcher(text.substring(Math.max(0, start - 8), start)).find();
  }

  private static void add(List<Mention> out, Spans taken, Matcher m, String normalized) {
    if (taken.overlaps(m.start(), m.end())) {
      return;
    }
    Mention mention = Mention.of(EntityType.DATE, m.start(), m.end(), Priorities.PATTERN, null);
    mention.normalized = normalized;
    out.add(mention);
    taken.add(m.start(), m.end());
  }

  private static String iso(String year, String month, String day) {
    return year + "-" + two(month(month)) + "-" + two(Integer.parseInt(day));
  }

  private static int month(String name) {
    return MONTHS.getOrDefault(name.substring(0, 3).toLowerCase(Locale.ROOT), 1);
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
