package org.statementmonitor.enrich.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.statementmonitor.common.event.Facts;

class FactsExtractorTest {

  private final FactsExtractor extractor = new FactsExtractor();

  @Test
  void shouldTakeTheLeadFromTheBodyNotTheLetterhead() {
    String text = """
        WESTERN AZERBAIJAN COMMUNITY
        No: 07/11
        Baku, 22 November 2023

        Our Community, founded in 1989, represents the Azerbaijanis who were deported from Armenia. It calls for their return. A third sentence follows here.
        """;
    Facts facts = extractor.extract(null, text);
    assertThat(facts.lead()).startsWith("Our Community, founded in 1989").contains("It calls for their return.")
        .doesNotContain("WESTERN");
  }

  @Test
  void shouldCountWordsAndListSignatories() {
    String text = """
        We, the undersigned, call for action on the question of return of the expelled people.

        1. Kamran Hasanli – Chairman of the Karabakh Revival Foundation
        2. Sevil Guliyeva – President of the Women's Council of Ganja
        """;
    Facts facts = extractor.extract(null, text);
    assertThat(facts.wordCount()).isEqualTo(34);
    assertThat(facts.signatories()).containsExactly(
        new Facts.Signatory("Kamran Hasanli", "Chairman", "Karabakh Revival Foundation"),
        new Facts.Signatory("Sevil Guliyeva", "President", "Women's Council of Ganja"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Appeal of the Community to the United Nations|appeal",
      "PRESS RELEASE|press_release",
      "Letter dated 5 October 2023 from the Permanent Representative|letter",
      "Dear Mr. Secretary,|letter",
      "Report on the situation of cultural heritage|report",
      "Commentary|article",
      "Statement on the anniversary of the tragedy|statement"})
  void shouldTellTheKindWhenTheTextSaysIt(String header, String kind) {
    assertThat(extractor.extract(null, header + "\n\nThe body of the text is here and it is long enough.").kind())
        .isEqualTo(kind);
  }

  @Test
  void shouldLeaveKindEmptyWhenTheTextDoesNotSay() {
    assertThat(extractor.extract(null, "Azerbaijan and Armenia met in Granada.").kind()).isNull();
  }
}
