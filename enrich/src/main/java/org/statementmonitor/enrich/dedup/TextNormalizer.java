package org.statementmonitor.enrich.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises statement text so that copies which differ only in presentation compare equal: Unicode
 * NFKC, case folding, one kind of quote, dash and whitespace, HTML markup and entities removed. {@link
 * #words(CharSequence)} also maps British spellings to American ones and a few long forms to the
 * acronyms news copies use ("internally displaced persons" and "IDPs" become the same word), so the
 * shingles of a re-spelled repost match those of the original. Stateless and thread-safe.
 */
public final class TextNormalizer {

  /** Longest input looked at, in characters: bounds the time spent on one huge statement. */
  public static final int MAX_CHARS = 2_000_000;

  private static final Pattern TAG = Pattern.compile(
      "<(?:/?[a-zA-Z][a-zA-Z0-9]{0,15}(?:\\s[^<>]{0,2000})?/?|!--[^<>]{0,2000}--|![a-zA-Z][^<>]{0,200})>");
  private static final Pattern LINE_BREAK_TAG = Pattern.compile("<br\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern BLOCK_TAG = Pattern.compile(
      "</?(p|div|li|ul|ol|h[1-6]|tr|table|blockquote|section|article|header|footer|pre)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,6}|#x[0-9a-fA-F]{1,5}|[a-zA-Z]{2,8});");
  private static final Map<String, String> ENTITIES = Map.ofEntries(
      Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
      Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("rsquo", "'"), Map.entry("lsquo", "'"),
      Map.entry("rdquo", "\""), Map.entry("ldquo", "\""), Map.entry("ndash", "-"), Map.entry("mdash", "-"),
      Map.entry("hellip", "..."));
  // hot lookups (twice per word): a HashMap, which compares cached hash codes before equals
  private static final Map<String, String> SPELLING = new java.util.HashMap<>(Map.ofEntries(
      Map.entry("programme", "program"), Map.entry("programmes", "programs"),
      Map.entry("defence", "defense"), Map.entry("offence", "offense"), Map.entry("licence", "license"),
      Map.entry("practise", "practice"), Map.entry("grey", "gray"), Map.entry("towards", "toward"),
      Map.entry("amongst", "among"), Map.entry("whilst", "while"), Map.entry("judgement", "judgment")));
  private static final String[][] PHRASES = {
    {"internally displaced persons", "idps"}, {"internally displaced people", "idps"},
    {"internally displaced person", "idp"}, {"united nations", "un"},
    {"non governmental organizations", "ngos"}, {"non governmental organization", "ngo"},
    {"non governmental organisations", "ngos"}, {"non governmental organisation", "ngo"},
  };

  private TextNormalizer() {}

  /** The text with markup removed, Unicode NFKC, case folded, quotes/dashes/whitespace unified. */
  public static String normalizeForExact(CharSequence text) {
    String plain = stripMarkup(cap(text));
    String folded = foldInOnePass(plain);
    if (folded == null) { // characters whose case folding depends on context: the general path
      folded = collapseSpaces(unifyPunctuation(Normalizer.normalize(plain, Normalizer.Form.NFKC))
          .toLowerCase(Locale.ROOT));
    }
    return folded.strip();
  }

  /**
   * NFKC, unified punctuation, lower case and collapsed whitespace in one pass, for text that NFKC
   * leaves alone (quick check) and whose lower case is per character; null for other text.
   */
  private static String foldInOnePass(String s) {
    if (!isAscii(s, 0, s.length()) && !Normalizer.isNormalized(s, Normalizer.Form.NFKC)) {
      return null;
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        c = unifyPunctuation(c);
        if (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c)) {
          return null;
        }
        c = Character.toLowerCase(c);
      } else if (c == '`') {
        c = '\'';
      }
      if (isRegexSpace(c)) {
        space = true;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
    }
    if (space) {
      out.append(' ');
    }
    return out.toString();
  }

  /** Lower-cases ASCII letters and turns every run of regex whitespace ({@code \\s}) into one space. */
  private static String collapseSpaces(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isRegexSpace(c)) {
        space = true;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
    }
    if (space) {
      out.append(' ');
    }
    return out.toString();
  }

  /** Whether {@code c} is whitespace as {@code \\s} in a Java regex means it: space, \\t \\n \\u000B \\f \\r. */
  static boolean isRegexSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  static boolean isAscii(CharSequence s, int start, int end) {
    for (int i = start; i < end; i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Removes HTML tags and decodes the common entities; plain text comes back unchanged. */
  public static String stripMarkup(String text) {
    if (text.indexOf('<') < 0 && text.indexOf('&') < 0) {
      return text;
    }
    Matcher tags = TAG.matcher(text);
    if (!tags.find()) {
      return decodeEntities(text);
    }
    // HTML: raw line breaks are only spaces; paragraphs come from block tags, lines from <br>
    tags = TAG.matcher(text.replace('\r', ' ').replace('\n', ' '));
    StringBuilder stripped = new StringBuilder(text.length());
    while (tags.find()) {
      String tag = tags.group();
      String replacement = LINE_BREAK_TAG.matcher(tag).lookingAt() ? "\n"
          : BLOCK_TAG.matcher(tag).lookingAt() ? "\n\n" : " ";
      tags.appendReplacement(stripped, replacement);
    }
    tags.appendTail(stripped);
    return decodeEntities(stripped.toString());
  }

  private static String decodeEntities(String noTags) {
    Matcher m = ENTITY.matcher(noTags);
    StringBuilder out = new StringBuilder(noTags.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(decodeEntity(m.group(1), m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * The normalised words of a text: letters and digits only, folded, spelling unified. Used for
   * shingles and sentence fingerprints.
   */
  public static List<String> words(CharSequence text) {
    String plain = stripMarkup(cap(text));
    List<String> words = new ArrayList<>(plain.length() / 6 + 1);
    appendWords(plain, 0, plain.length(), words, new StringBuilder(32));
    return replacePhrases(words);
  }

  /**
   * Appends the normalised words of {@code text[start, end)} (markup already removed) to {@code out},
   * before phrase replacement: the same words as {@link #words(CharSequence)} of that range, without
   * copying ASCII text (most statements): only a range with other characters is normalised (NFKC,
   * punctuation, case) first. {@code word} is scratch space.
   */
  static void appendWords(String text, int start, int end, List<String> out, StringBuilder word) {
    String s = text;
    int from = start;
    int to = end;
    if (!isAscii(text, start, end)) {
      String range = text.substring(start, end);
      s = foldInOnePass(range);
      if (s == null) {
        s = unifyPunctuation(Normalizer.normalize(range, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
      }
      from = 0;
      to = s.length();
    }
    word.setLength(0);
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < 0x80 ? isAsciiLetterOrDigit(c) : Character.isLetterOrDigit(c)) {
        word.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
      } else if (word.length() > 0 && isApostrophe(c) && i + 1 < to && isLetter(s.charAt(i + 1))
          && isLetter(s.charAt(i - 1))) {
        continue; // an inner apostrophe (women's, don't) is dropped, the word goes on
      } else if (word.length() > 0) {
        out.add(unifySpelling(word.toString()));
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      out.add(unifySpelling(word.toString()));
      word.setLength(0);
    }
  }

  /** Applies the long-form-to-acronym phrases to words produced by {@link #appendWords}. */
  static List<String> unifyPhrases(List<String> words) {
    return replacePhrases(words);
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isLetter(char c) {
    return c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : Character.isLetter(c);
  }

  // after unifyPunctuation every apostrophe-like mark is '; in ASCII text '`' also counts
  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '`';
  }

  static String unifySpelling(String word) {
    String mapped = SPELLING.get(word);
    if (mapped != null) {
      return mapped;
    }
    int n = word.length();
    if (n >= 6) {
      char last = word.charAt(n - 1);
      String[][] rules = last < 128 ? SUFFIXES_BY_LAST_CHAR[last] : null;
      if (rules != null) {
        for (String[] rule : rules) {
          if (word.endsWith(rule[0])) {
            return word.substring(0, n - rule[0].length()) + rule[1];
          }
        }
      }
    }
    return word;
  }

  // British -> American suffixes; applied to both sides of every comparison, so an over-eager rule
  // only merges two spellings, it never separates equal words.
  private static final String[][] SUFFIXES = {
    {"isations", "izations"}, {"isation", "ization"}, {"ising", "izing"}, {"ised", "ized"},
    {"ises", "izes"}, {"ise", "ize"}, {"yse", "yze"}, {"ysed", "yzed"}, {"ours", "ors"},
    {"our", "or"}, {"oured", "ored"}, {"ouring", "oring"}, {"ourable", "orable"},
    {"elled", "eled"}, {"elling", "eling"}, {"tres", "ters"}, {"tre", "ter"}, {"ogue", "og"},
  };

  // the suffix rules by their last character, in the order above (the first matching rule wins)
  private static final String[][][] SUFFIXES_BY_LAST_CHAR = suffixesByLastChar();

  private static String[][][] suffixesByLastChar() {
    List<List<String[]>> byChar = new ArrayList<>();
    for (int c = 0; c < 128; c++) {
      byChar.add(new ArrayList<>());
    }
    for (String[] rule : SUFFIXES) {
      byChar.get(rule[0].charAt(rule[0].length() - 1)).add(rule);
    }
    String[][][] out = new String[128][][];
    for (int c = 0; c < 128; c++) {
      out[c] = byChar.get(c).isEmpty() ? null : byChar.get(c).toArray(new String[0][]);
    }
    return out;
  }

  private static List<String> replacePhrases(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      String[][] candidates = PHRASES_BY_FIRST_WORD.get(words.get(i));
      String[] phrase = candidates == null ? null : longestMatch(words, i, candidates);
      if (phrase == null) {
        out.add(words.get(i));
      } else {
        out.add(phrase[phrase.length - 1]);
        i += phrase.length - 2;
      }
    }
    return out;
  }

  /** The first phrase (parts..., replacement) whose parts match at {@code i}, or null. */
  private static String[] longestMatch(List<String> words, int i, String[][] candidates) {
    outer:
    for (String[] phrase : candidates) {
      int parts = phrase.length - 1;
      if (i + parts > words.size()) {
        continue;
      }
      for (int j = 1; j < parts; j++) {
        if (!words.get(i + j).equals(phrase[j])) {
          continue outer;
        }
      }
      return phrase;
    }
    return null;
  }

  // first normalised word -> phrases as {part1, part2, ..., replacement}, longest first
  private static final Map<String, String[][]> PHRASES_BY_FIRST_WORD = phraseIndex();

  private static Map<String, String[][]> phraseIndex() {
    Map<String, List<String[]>> byFirst = new java.util.HashMap<>();
    for (String[] phrase : PHRASES) {
      String[] parts = phrase[0].split(" ");
      String[] entry = new String[parts.length + 1];
      for (int j = 0; j < parts.length; j++) {
        entry[j] = unifySpelling(parts[j]);
      }
      entry[parts.length] = phrase[1];
      byFirst.computeIfAbsent(entry[0], k -> new ArrayList<>()).add(entry);
    }
    Map<String, String[][]> index = new java.util.HashMap<>();
    byFirst.forEach((first, list) -> {
      list.sort((a, b) -> b.length - a.length);
      index.put(first, list.toArray(new String[0][]));
    });
    return index;
  }

  /** Curly quotes, primes, guillemets become ' or "; every dash and minus becomes '-'. */
  static String unifyPunctuation(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      out.append(unifyPunctuation(s.charAt(i)));
    }
    return out.toString();
  }

  private static char unifyPunctuation(char c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
      case '\u00A0', '\u2007', '\u202F', '\u200B' -> ' ';
      default -> c;
    };
  }

  private static String cap(CharSequence text) {
    String s = text.toString();
    return s.length() > MAX_CHARS ? s.substring(0, MAX_CHARS) : s;
  }

  private static String decodeEntity(String body, String whole) {
    if (body.startsWith("#x") || body.startsWith("#X")) {
      return String.valueOf(Character.toChars(Integer.parseInt(body.substring(2), 16)));
    }
    if (body.startsWith("#")) {
      int cp = Integer.parseInt(body.substring(1));
      return cp <= Character.MAX_CODE_POINT ? String.valueOf(Character.toChars(cp)) : " ";
    }
    return ENTITIES.getOrDefault(body.toLowerCase(Locale.ROOT), whole);
  }
}
