package org.statementmonitor.enrich.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import org.statementmonitor.common.event.LanguageInfo;
import org.statementmonitor.common.event.LanguageInfo.ParagraphLanguage;

/**
 * Identifies the language of a statement and of its paragraphs (lines separated by line breaks).
 * The statement's language is the one most of its letters are written in, so a short letterhead in
 * Azerbaijani or Chinese above an English letter leaves the statement English and is reported as a
 * differing paragraph.
 *
 * <p>Cheap paths first: the script decides for non-Latin scripts; "ə" decides Azerbaijani; English
 * function words decide English; lines of mostly capitalised words (signatories, headings) inherit.
 * Only the remaining Latin-script paragraphs go to Lingua (a subset of languages, at most {@value
 * #MODEL_CHARS} characters each, at most {@value #MAX_MODEL_CALLS} per statement), so a typical
 * English statement never reaches the model. Thread-safe.
 */
public final class LanguageIdentifier {

  static final int MODEL_CHARS = 400;
  private static final int MAX_UNITS = 400;
  /** Lines per statement that may go to the model; the rest inherit (bounds the cost per statement). */
  private static final int MAX_MODEL_CALLS = 6;
  /**
   * A Latin line at least this share of whose words are capitalised (a signatory "Name Surname –
   * Head, Organisation", a heading) inherits instead of going to the model: names say little about
   * the language, and such lines were most of the model's calls on statements of this genre.
   */
  static final double NAME_LINE_SHARE = 0.6;
  private static final double ENGLISH_SHARE = 0.18;
  private static final Language[] LATIN_LANGUAGES = {
      Language.ENGLISH, Language.AZERBAIJANI, Language.TURKISH, Language.FRENCH, Language.GERMAN,
      Language.SPANISH, Language.ITALIAN, Language.PORTUGUESE, Language.DUTCH, Language.POLISH,
      Language.ROMANIAN, Language.ALBANIAN, Language.SWEDISH, Language.CROATIAN};

  private static volatile LanguageDetector detector;

  /** Identifies the language of the text and of its paragraphs that differ. */
  public LanguageInfo identify(String text) {
    if (text == null || text.isBlank()) {
      return new LanguageInfo("und", 0.0, List.of());
    }
    List<ParagraphLanguage> units = new ArrayList<>();
    int[] modelCalls = {0};
    Map<String, double[]> weights = new HashMap<>();
    int start = 0;
    int n = text.length();
    while (start < n && units.size() < MAX_UNITS) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? n : end;
      ScriptProfile profile = ScriptProfile.of(text, start, end);
      if (profile.letters() >= 3 && !isShortLatin(profile)) {
        ParagraphLanguage p = identifyUnit(text, start, end, profile, modelCalls);
        if (p == null) {
          start = end + 1;
          continue;
        }
        units.add(p);
        double[] w = weights.computeIfAbsent(p.code(), k -> new double[2]);
        w[0] += profile.letters();
        w[1] += profile.letters() * p.confidence();
      }
      start = end + 1;
    }
    if (units.isEmpty()) {
      int end = Math.min(n, MODEL_CHARS);
      ScriptProfile whole = ScriptProfile.of(text, 0, end);
      if (whole.letters() < 3) {
        return new LanguageInfo("und", 0.0, List.of());
      }
      ParagraphLanguage only = identifyUnit(text, 0, end, whole, null);
      return new LanguageInfo(only.code(), only.confidence(), List.of());
    }
    String best = "und";
    double bestWeight = -1;
    double total = 0;
    for (Map.Entry<String, double[]> e : weights.entrySet()) {
      total += e.getValue()[0];
      if (e.getValue()[0] > bestWeight) {
        bestWeight = e.getValue()[0];
        best = e.getKey();
      }
    }
    double confidence = weights.get(best)[1] / total;
    return new LanguageInfo(best, round(confidence), merge(units, best));
  }

  /** Short Latin-script lines (a date line, a name, a heading) say too little to identify; they inherit. */
  private static boolean isShortLatin(ScriptProfile profile) {
    return profile.decided().equals("latin") && !profile.schwa() && profile.letters() < 40;
  }

  /**
   * The unit's language; null when the line inherits (a name line, or the model budget for this text
   * is spent). {@code modelCalls} null: decide whatever the line looks like (the whole-text fallback).
   */
  private ParagraphLanguage identifyUnit(String text, int start, int end, ScriptProfile profile,
      int[] modelCalls) {
    String decided = profile.decided();
    if (!decided.equals("latin")) {
      return new ParagraphLanguage(start, end, decided, decided.equals("und") ? 0.0 : 0.9);
    }
    if (profile.schwa()) {
      return new ParagraphLanguage(start, end, "az", 0.95);
    }
    int sampleEnd = Math.min(end, start + MODEL_CHARS);
    LineWords words = LineWords.of(text, start, sampleEnd);
    double english = words.englishShare();
    if (english >= ENGLISH_SHARE) {
      return new ParagraphLanguage(start, end, "en", round(Math.min(0.99, 0.6 + english)));
    }
    if (modelCalls != null && (words.capitalisedShare() >= NAME_LINE_SHARE
        || modelCalls[0]++ >= MAX_MODEL_CALLS)) {
      return null;
    }
    SortedMap<Language, Double> values = detector().computeLanguageConfidenceValues(text.substring(start, sampleEnd));
    if (values.isEmpty()) {
      return new ParagraphLanguage(start, end, "und", 0.0);
    }
    Language top = values.firstKey();
    String code = top == Language.UNKNOWN ? "und" : top.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    return new ParagraphLanguage(start, end, code, round(values.get(top)));
  }

  /** Adjacent lines of the same language as one paragraph; only those differing from the main one. */
  private static List<ParagraphLanguage> merge(List<ParagraphLanguage> units, String main) {
    List<ParagraphLanguage> out = new ArrayList<>();
    ParagraphLanguage run = null;
    for (ParagraphLanguage u : units) {
      if (run != null && run.code().equals(u.code())) {
        run = new ParagraphLanguage(run.start(), u.end(), run.code(), Math.max(run.confidence(), u.confidence()));
      } else {
        if (run != null && !run.code().equals(main)) {
          out.add(run);
        }
        run = u;
      }
    }
    if (run != null && !run.code().equals(main)) {
      out.add(run);
    }
    return out;
  }

  private static LanguageDetector detector() {
    LanguageDetector d = detector;
    if (d == null) {
      synchronized (LanguageIdentifier.class) {
        d = detector;
        if (d == null) {
          d = LanguageDetectorBuilder.fromLanguages(LATIN_LANGUAGES).build();
          detector = d;
        }
      }
    }
    return d;
  }

  /**
   * Loads the models now rather than on the first non-English paragraph. Lingua loads a language's
   * models only when a text leaves that language as a candidate: plain ASCII letters rule none out,
   * so this loads all of them (a text with "ə" would load Azerbaijani only, and the first garbage
   * line later would pay for loading the rest inside a statement's time).
   */
  public static void warmUp() {
    detector().computeLanguageConfidenceValues(
        "zqx vorte lumbar kinta oste preva dunmark sel jorno vilde tarsk ");
    detector().computeLanguageConfidenceValues("Qərbi Azərbaycan İcması müraciət edir");
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
