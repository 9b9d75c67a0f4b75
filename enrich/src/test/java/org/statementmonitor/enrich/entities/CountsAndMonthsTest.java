package org.statementmonitor.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.statementmonitor.common.event.Entity;

/**
 * Figures that count people with the noun left out ("69 were killed"), word numbers that count
 * something, months named alone, and numbers in telephone numbers, which are neither dates nor
 * figures.
 */
class CountsAndMonthsTest {

  private static final RuleBasedRecognizer RECOGNIZER = new RuleBasedRecognizer();

  private static List<Entity> recognize(String text) {
    return RECOGNIZER.recognize(text, Long.MAX_VALUE).entities();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Since the war, 69 were killed by mines.|69",
      "Officials said 15 had been detained overnight.|15",
      "Of those taken, of whom 12 were later freed, most were farmers.|12",
      "By spring some 1,200 displaced were counted.|1,200 displaced",
      "The remains of 17 people were found; nine of them were identified.|nine of them",
      "More than forty non-governmental organizations signed.|forty non-governmental organizations",
      "Four civilians were wounded on Tuesday.|Four civilians",
      "Of the 240 families, 57 left for the city.|57",
      "The talks lasted three decades.|three decades"})
  void shouldCountWhatTheNumberCounts(String text, String surface) {
    assertThat(recognize(text)).extracting(Entity::type, Entity::text).contains(tuple("QUANTITY", surface));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Most of those under thirty want to farm.",
      "Two children played by the river.",
      "Article 15 was adopted in 1993.",
      "The 15 is a bus route."})
  void shouldNotTakeNumbersThatCountNothingNamed(String text) {
    assertThat(recognize(text)).extracting(Entity::type).doesNotContain("QUANTITY");
  }

  @Test
  void shouldTakeAMonthNamedAloneEvenBeforeAComma() {
    assertThat(recognize("In April, 3 people were hurt."))
        .extracting(Entity::type, Entity::text).contains(tuple("DATE", "April"), tuple("QUANTITY", "3 people"));
  }

  @Test
  void shouldTakeAMonthNamedAloneAfterATimeWord() {
    assertThat(recognize("The road reopened in January and was closed again by mid-March."))
        .extracting(Entity::type, Entity::text, Entity::normalized)
        .contains(tuple("DATE", "January", "--01"), tuple("DATE", "March", "--03"));
    assertThat(recognize("Protesters may March on the capital.")).extracting(Entity::type).doesNotContain("DATE");
  }

  @Test
  void shouldLeaveTheFullStopAfterAFullMonthNameOut() {
    assertThat(recognize("Patrols saw new signs on 28 May. Talks resumed on Nov. 12."))
        .extracting(Entity::type, Entity::text).contains(tuple("DATE", "28 May"), tuple("DATE", "Nov. 12"));
  }

  @Test
  void shouldIgnoreTheDigitsOfATelephoneNumber() {
    assertThat(recognize("Contact: press@example.org | +43 1 555 2040 (office)"))
        .extracting(Entity::type).doesNotContain("DATE", "QUANTITY");
  }

  @Test
  void shouldTakeMayAsAMonthOnlyAfterATimeWordAVerbNeverFollows() {
    assertThat(recognize("Nineteen men have been held since May, and more in early May."))
        .extracting(Entity::type, Entity::text).contains(tuple("DATE", "May"));
    assertThat(recognize("The court ruled that the families may return. Talks by May Day are unlikely."))
        .extracting(Entity::type).doesNotContain("DATE");
  }
}
