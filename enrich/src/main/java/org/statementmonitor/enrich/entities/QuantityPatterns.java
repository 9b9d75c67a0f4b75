package org.statementmonitor.enrich.entities;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.statementmonitor.common.event.EntityType;

/**
 * Finds figures with what they count: "800,000 Azerbaijanis", "4,000 missing individuals", "one
 * hundred thousand of ethnic Azerbaijanis", "hundreds of thousands of refugees", "$2.5 million",
 * "30 percent". The number goes to {@code normalized}, what it counts to {@code unit}. A bare number
 * with nothing counted is not a quantity.
 */
final class QuantityPatterns {

  private static final String SMALL =
      "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
          + "|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a";
  private static final String SCALE = "hundred|thousand|million|billion";
  private static final Pattern WORDS = Pattern.compile(
      "(?i)(?=[otfsenahmOTFSENAHM])(?<!\\p{L})(?:(?:" + SMALL + ")(?:[\\s-]+(?:" + SMALL + "|and))*[\\s-]+(?:" + SCALE + ")(?:[\\s-]+(?:"
          + SMALL + "|" + SCALE + "|and))*|(?:hundreds|thousands|tens|millions)(?:\\s+of\\s+(?:thousands|millions))?)\\b");
  private static final String TENS =
      "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty"
          + "|fifty|sixty|seventy|eighty|ninety";
  /**
   * Word numbers without a scale that count something, with what they count: from ten up a plural
   * noun, perhaps after one modifier ("twenty families", "more than forty non-governmental
   * organizations"); any number with a unit of time or measure ("three decades") or "of them"
   * ("eight of them"). Small numbers before other nouns ("two children") are left out, as the gold
   * convention leaves them out.
   */
  private static final Pattern PLAIN_WORDS = Pattern.compile(
      "(?i)(?=[tefsnTEFSN])(?<!\\p{L})(?:(?:" + TENS + ")(?:[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?"
          + "(?=\\s+((?:[a-z]+(?:-[a-z]+)*\\s+)?(?!(?:was|is|has|this|thus|its|his|as|us|yes|whereas|always|perhaps"
          + "|besides|less|unless)\\b)(?:[a-z]+s|people|men|women|children|police|staff|personnel))\\b)"
          + "|(?:two|three|four|five|six|seven|eight|nine|" + TENS + ")(?=\\s+((?:years|decades|months|weeks|days|hours"
          + "|minutes|centuries|generations|kilometres|kilometers|miles|metres|meters|hectares|tonnes|tons)\\b"
          + "|of\\s+(?:them|whom|these|those)\\b)))\\b");
  /** A bare number that counts people by what follows it: "69 were killed", "15 had been detained". */
  private static final Pattern BARE_AFTER = Pattern.compile(
      "[ \\t\\u00A0]+(?:were|was|are|remain|remained|have|had|has|died|fled|survived|returned|left|lost|stayed)\\b");
  /** Small word numbers of people struck by an event: "Two men were killed", "Four civilians were wounded". */
  private static final Pattern CASUALTIES = Pattern.compile(
      "(?i)(?=[tfsenTFSEN])(?<!\\p{L})(?:two|three|four|five|six|seven|eight|nine)\\s+((?:[a-z]+(?:-[a-z]+)*\\s+)?"
          + "(?:[a-z]+s|people|men|women|children|police))(?=\\s+(?:were|have been|had been|are|died|fled|remain)\\b)");
  /** A bare number that counts people by what precedes it: "of whom 69", "among them 12". */
  private static final Pattern BARE_BEFORE = Pattern.compile(
      "(?i)(?:of whom|of them|of these|of those|among them|among whom|a total of)[ \\t\\u00A0]+$");
  private static final Pattern DIGITS = Pattern.compile(
      "(?=[\\d$€£UEA])(?<![\\w/.,+#№:-])(?:(?:US\\$|\\$|€|£|USD|EUR|AZN)\\s?)?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
          + "(?:\\s?(thousand|million|billion|mln|bn))?(?![\\w/]|[.,]\\d)");
  /** Words a figure written in words can start with; only these offsets are tried. */
  private static final Set<String> STARTERS = Set.of((SMALL + "|hundreds|thousands|tens|millions").split("\\|"));
  private static final Pattern PERCENT = Pattern.compile("\\s?(%|percent|per cent)");
  private static final Set<String> REFERENCE_WORDS = Set.of(
      "article", "articles", "art", "item", "items", "resolution", "resolutions", "paragraph", "paragraphs",
      "para", "section", "chapter", "annex", "no", "number", "page", "point", "rule", "decision", "session",
      "clause", "part", "volume", "vol", "tel", "fax", "phone", "room", "box", "p", "pp", "law", "decree",
      "protocol", "principle", "case", "application", "report", "meeting", "agenda", "level", "grade");
  private static final Pattern UNIT_WORD = Pattern.compile("[ \\t\\u00A0]+(?:of\\s+(?:the\\s+)?)?([\\p{L}][\\p{L}'’-]*)");
  private static final Set<String> NOT_UNITS = Set.of(
      "and", "or", "the", "a", "an", "of", "in", "on", "at", "to", "by", "for", "from", "with", "was", "were",
      "is", "are", "has", "have", "had", "will", "would", "which", "that", "who", "as", "than", "per",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "st", "nd", "rd", "th", "am", "pm", "times", "left", "died", "fled", "remain",
      "remained", "returned", "survived", "lost", "lived", "live", "stayed", "came", "went");
  private static final Set<String> MODIFIERS = Set.of(
      "ethnic", "missing", "displaced", "internally", "innocent", "civilian", "azerbaijani", "armenian",
      "former", "forcibly", "young", "elderly", "local", "registered", "new", "more", "other", "square",
      "historical", "cultural", "religious", "residential", "unexploded", "anti-personnel", "refugee");
  private static final Map<String, Long> VALUES = Map.ofEntries(
      Map.entry("a", 1L), Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L),
      Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L),
      Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L),
      Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L),
      Map.entry("fifteen", 15L), Map.entry("sixteen", 16L), Map.entry("seventeen", 17L),
      Map.entry("eighteen", 18L), Map.entry("nineteen", 19L), Map.entry("twenty", 20L),
      Map.entry("thirty", 30L), Map.entry("forty", 40L), Map.entry("fifty", 50L), Map.entry("sixty", 60L),
      Map.entry("seventy", 70L), Map.entry("eighty", 80L), Map.entry("ninety", 90L));

  private QuantityPatterns() {}

  static void find(String text, List<Mention> out, Spans taken) {
    int[] words = Candidates.words(text, STARTERS, 9);
    Candidates.each(WORDS, text, words, m -> {
      String value = wordValue(m.group());
      addWithUnit(text, out, taken, m.start(), m.end(), value, value == null);
    });
    Candidates.each(CASUALTIES, text, words, m -> {
      if (!taken.overlaps(m.start(), m.end())) {
        add(out, taken, m.start(), m.end(), wordValue(m.group().substring(0, m.start(1) - m.start()).strip()), m.group(1));
      }
    });
    Candidates.each(PLAIN_WORDS, text, words, m -> {
      int unit = m.group(1) != null ? 1 : 2;
      if (!taken.overlaps(m.start(), m.end(unit))) {
        add(out, taken, m.start(), m.end(unit), wordValue(m.group()), m.group(unit));
      }
    });
    int[] digits = Candidates.merge(Candidates.digitRuns(text), Candidates.wordStarts(text, "$€£UEA"));
    Candidates.each(DIGITS, text, digits, m -> {
      if (taken.overlaps(m.start(), m.end()) || isPhoneLike(text, m.start()) || isReferenceNumber(text, m.start())) {
        return;
      }
      String number = m.group(1).replace(",", "");
      BigDecimal value = new BigDecimal(number);
      if (m.group(2) != null) {
        value = value.multiply(BigDecimal.valueOf(scale(m.group(2))));
      }
      String currency = currency(m.group());
      Matcher percent = PERCENT.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 9));
      if (currency != null) {
        add(out, taken, m.start(), m.end(), value.toPlainString(), currency);
      } else if (percent.lookingAt()) {
        add(out, taken, m.start(), percent.end(), value.toPlainString(), "percent");
      } else {
        String plain = value.stripTrailingZeros().toPlainString();
        if (!addWithUnit(text, out, taken, m.start(), m.end(), plain, false) && isBareCount(text, m.start(), m.end())) {
          add(out, taken, m.start(), m.end(), plain, null);
        }
      }
    });
  }

  /** A number after "Article", "item", "resolution", "No." ... is a reference, not a figure. */
  private static boolean isReferenceNumber(String text, int start) {
    int e = start;
    while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '.' || text.charAt(e - 1) == ':')) {
      e--;
    }
    int b = e;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    return e > b && e - b <= 12 && REFERENCE_WORDS.contains(text.substring(b, e).toLowerCase(Locale.ROOT));
  }

  /** "69 were killed", "of whom 69": a number of people with the noun left out. */
  private static boolean isBareCount(String text, int start, int end) {
    if (BARE_AFTER.matcher(text).region(end, Math.min(text.length(), end + 12)).lookingAt()) {
      return true;
    }
    return BARE_BEFORE.matcher(text).region(Math.max(0, start - 14), start).find();
  }

  /** Adds the figure with what it counts; false when nothing counted follows and nothing was added. */
  private static boolean addWithUnit(String text, List<Mention> out, Spans taken, int start, int end,
      String value, boolean needsOf) {
    if (taken.overlaps(start, end)) {
      return true;
    }
    int cursor = end;
    StringBuilder unit = new StringBuilder();
    for (int words = 0; words < 3; words++) {
      Matcher u = UNIT_WORD.matcher(text).region(cursor, Math.min(text.length(), cursor + 60));
      if (!u.lookingAt()) {
        break;
      }
      String word = u.group(1);
      String lower = word.toLowerCase(Locale.ROOT);
      if (NOT_UNITS.contains(lower) || (words == 0 && needsOf && !u.group().contains("of"))) {
        break;
      }
      if (words > 0 && u.group().contains(" of")) {
        break;
      }
      if (unit.length() > 0) {
        unit.append(' ');
      }
      unit.append(word);
      cursor = u.end();
      if (!isModifier(lower)) {
        break;
      }
    }
    if (unit.length() == 0) {
      if (value != null && hasScaleWord(text.substring(start, end))) {
        add(out, taken, start, end, value, null);
        return true;
      }
      return false;
    }
    add(out, taken, start, cursor, value, unit.toString());
    return true;
  }

  private static boolean hasScaleWord(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    return lower.contains("thousand") || lower.contains("million") || lower.contains("billion");
  }

  private static boolean isModifier(String lower) {
    return MODIFIERS.contains(lower) || lower.endsWith("ing") || lower.endsWith("ed")
        || lower.endsWith("ic") || lower.endsWith("al") || lower.endsWith("ive");
  }

  private static void add(List<Mention> out, Spans taken, int start, int end, String value, String unit) {
    Mention mention = Mention.of(EntityType.QUANTITY, start, end, Priorities.PATTERN, null);
    mention.normalized = value;
    mention.unit = unit;
    out.add(mention);
    taken.add(start, end);
  }

  private static boolean isPhoneLike(String text, int start) {
    int a = text.lastIndexOf('\n', start) + 1;
    String line = text.substring(a, Math.min(text.length(), a + 12)).toLowerCase(Locale.ROOT);
    return line.startsWith("tel") || line.startsWith("fax") || line.startsWith("phone") || line.startsWith("+")
        || Candidates.isInPhoneNumber(text, start);
  }

  private static String currency(String match) {
    if (match.startsWith("$") || match.startsWith("US$") || match.startsWith("USD")) {
      return "USD";
    }
    if (match.startsWith("€") || match.startsWith("EUR")) {
      return "EUR";
    }
    if (match.startsWith("£")) {
      return "GBP";
    }
    return match.startsWith("AZN") ? "AZN" : null;
  }

  private static long scale(String word) {
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "thousand" -> 1_000L;
      case "million", "mln" -> 1_000_000L;
      case "billion", "bn" -> 1_000_000_000L;
      case "hundred" -> 100L;
      default -> 1L;
    };
  }

  /** The value of "one hundred thousand", "two million five hundred thousand"; null when vague. */
  static String wordValue(String words) {
    long total = 0;
    long current = 0;
    for (String w : words.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
      if (w.equals("and")) {
        continue;
      }
      Long v = VALUES.get(w);
      if (v != null) {
        current += v;
      } else if (w.equals("hundred")) {
        current = Math.max(current, 1) * 100;
      } else if (w.equals("thousand") || w.equals("million") || w.equals("billion")) {
        total += Math.max(current, 1) * scale(w);
        current = 0;
      } else {
        return null;
      }
    }
    return Long.toString(total + current);
  }
}
