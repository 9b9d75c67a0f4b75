package org.statementmonitor.common.event;

import java.util.List;

/**
 * The statement's language (ISO 639-1 code, or "und") with a confidence in [0,1], and the languages of
 * paragraphs that differ from it (a letterhead in Azerbaijani on an English letter).
 */
public record LanguageInfo(String code, double confidence, List<ParagraphLanguage> paragraphs) {
  public LanguageInfo {
    paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
  }

  /** Language of one paragraph, by character offsets in the text. */
  public record ParagraphLanguage(int start, int end, String code, double confidence) {}
}
