package org.statementmonitor.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void shouldUnifyQuotesDashesWhitespaceCaseAndCompatibilityForms() {
    assertThat(TextNormalizer.normalizeForExact("\u201CThe  Community\u201D \u2013 ﬁrst\u00A0STEP\n"))
        .isEqualTo(TextNormalizer.normalizeForExact("\"the community\" - first step"));
  }

  @Test
  void shouldMapBritishSpellingsAndLongFormsToTheFormsNewsCopiesUse() {
    assertThat(TextNormalizer.words("The colours of organisations supporting internally displaced persons"))
        .isEqualTo(TextNormalizer.words("the colors of organizations supporting IDPs"));
    assertThat(TextNormalizer.words("centre of the programme, recognised by the defence"))
        .isEqualTo(TextNormalizer.words("center of the program, recognized by the defense"));
  }

  @Test
  void shouldStripHtmlMarkupAndDecodeEntities() {
    String html = "<html><body><p>Women&rsquo;s groups &amp; refugees</p><p>Second<br>line</p></body></html>";
    String plain = TextNormalizer.stripMarkup(html);
    assertThat(plain).doesNotContain("<", "&amp;").contains("Women's groups & refugees");
    assertThat(plain).containsPattern("refugees\\s*\\n\\s*\\n\\s*Second\\s*\\n\\s*line");
  }

  @Test
  void shouldLeavePlainTextWithAngleBracketsAlone() {
    assertThat(TextNormalizer.stripMarkup("a < b and c > d")).isEqualTo("a < b and c > d");
  }
}
