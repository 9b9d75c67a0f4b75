package org.statementmonitor.enrich.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.statementmonitor.common.event.Facts;
import org.statementmonitor.enrich.entities.Gazetteer;
import org.statementmonitor.enrich.entities.SignatureParser;

/**
 * Statement-level facts: the lead (first sentences of the body, skipping letterhead, address and
 * date lines), the word count, the kind where the text says it (appeal, letter, press_release,
 * article, report, statement) and the signatories when listed. Thread-safe.
 */
public final class FactsExtractor {

  private static final int LEAD_CHARS = 300;
  private static final int HEADER_CHARS = 1200;
  private static final Pattern KIND = Pattern.compile(
      "(?i)\\b(press[ -]release|press statement|open letter|letter|appeal|op-ed|opinion|commentary|article"
          + "|analysis|report|statement|declaration|dear)\\b");
  private static final Pattern SENTENCE_END = Pattern.compile(
      "(?<!\\b(?:Mr|Mrs|Ms|Dr|Prof|No|St|Art|Nos|vs|etc|U\\.S|H\\.E|e\\.g|i\\.e))[.!?][\"”’)]?(?=\\s+[\"“(]?\\p{Lu}|\\s*$)");

  private final SignatureParser signatures;

  /** An extractor using the shipped gazetteer for signature roles. */
  public FactsExtractor() {
    this.signatures = new SignatureParser(Gazetteer.shared());
  }

  /** The facts of a statement's text (its title, if any, helps decide the kind). */
  public Facts extract(String title, String text) {
    String body = text == null ? "" : text;
    List<Facts.Signatory> signatories = new ArrayList<>();
    for (SignatureParser.Signature s : signatures.parse(body)) {
      signatories.add(new Facts.Signatory(s.name(), s.role(), s.organization()));
    }
    return new Facts(lead(body), wordCount(body), kind(title, body), signatories);
  }

  /** Words: runs of non-space characters that contain a letter or digit. */
  public static int wordCount(String text) {
    int count = 0;
    boolean inWord = false;
    boolean counted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        inWord = false;
        counted = false;
      } else {
        inWord = true;
        if (!counted && Character.isLetterOrDigit(c)) {
          count++;
          counted = true;
        }
      }
    }
    return count;
  }

  static String lead(String text) {
    int start = 0;
    int n = text.length();
    while (start < n) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? n : end;
      String line = text.substring(start, end).strip();
      if (isBodyLine(line)) {
        return firstSentences(text.substring(start, Math.min(n, start + 4 * LEAD_CHARS)));
      }
      start = end + 1;
    }
    return null;
  }

  private static boolean isBodyLine(String line) {
    if (line.length() < 60 || line.endsWith(":")) {
      return false;
    }
    int lower = 0;
    for (int i = 0; i < line.length(); i++) {
      if (Character.isLowerCase(line.charAt(i))) {
        lower++;
      }
    }
    return lower > line.length() / 2 && line.indexOf(' ') > 0;
  }

  private static String firstSentences(String chunk) {
    String flat = chunk.replaceAll("\\s+", " ").replace("*", "").strip();
    Matcher m = SENTENCE_END.matcher(flat);
    int end = -1;
    while (m.find()) {
      end = m.end();
      if (end >= LEAD_CHARS / 2) {
        break;
      }
    }
    if (end < 0) {
      end = Math.min(flat.length(), LEAD_CHARS * 2);
    }
    return flat.substring(0, end).strip();
  }

  static String kind(String title, String text) {
    String header = (title == null ? "" : title + "\n") + text.substring(0, Math.min(text.length(), HEADER_CHARS));
    Matcher m = KIND.matcher(header);
    while (m.find()) {
      String word = m.group(1).toLowerCase(Locale.ROOT).replace('-', ' ');
      switch (word) {
        case "press release", "press statement" -> {
          return "press_release";
        }
        case "open letter", "letter", "dear" -> {
          return "letter";
        }
        case "appeal" -> {
          return "appeal";
        }
        case "op ed", "opinion", "commentary", "article", "analysis" -> {
          return "article";
        }
        case "report" -> {
          return "report";
        }
        case "statement", "declaration" -> {
          return "statement";
        }
        default -> {
          // keep looking
        }
      }
    }
    return null;
  }
}
