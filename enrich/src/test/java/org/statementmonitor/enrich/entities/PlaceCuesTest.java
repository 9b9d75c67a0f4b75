package org.statementmonitor.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.statementmonitor.common.event.Entity;

/**
 * Places found by their cues, legal instruments without a capitalised name, and the figures that
 * are not quantities (reference numbers, numbers whose next word is on another line).
 */
class PlaceCuesTest {

  private static final RuleBasedRecognizer RECOGNIZER = new RuleBasedRecognizer();

  private static List<Entity> recognize(String text) {
    return RECOGNIZER.recognize(text, Long.MAX_VALUE).entities();
  }

  @Test
  void shouldTakeANameBeforeALowerCasePlaceNounAsAPlace() {
    assertThat(recognize("Floods hit the Zorbek district and the Tamarlu and Kesvan villages last week."))
        .extracting(Entity::type, Entity::text)
        .contains(tuple("LOC", "Zorbek district"), tuple("LOC", "Tamarlu"), tuple("LOC", "Kesvan villages"));
  }

  @Test
  void shouldTakeEveryNameListedAfterTheVillagesOf() {
    assertThat(recognize("Teams cleared the villages of Yuxari Qorlu, Dashbek and Almali Kend this spring."))
        .extracting(Entity::type, Entity::text)
        .contains(tuple("LOC", "Yuxari Qorlu"), tuple("LOC", "Dashbek"), tuple("LOC", "Almali Kend"));
  }

  @Test
  void shouldTakeUnknownNamesListedWithKnownPlaces() {
    assertThat(recognize("Families came from Baku, Qorabend and Mosul to the meeting."))
        .extracting(Entity::type, Entity::text)
        .contains(tuple("LOC", "Qorabend"));
  }

  @Test
  void shouldTakeAPlaceLikeNameAfterALocativePreposition() {
    assertThat(recognize("The new clinic opened in Novabad, the mayor said."))
        .extracting(Entity::type, Entity::text)
        .contains(tuple("LOC", "Novabad"));
    assertThat(recognize("The report was written in Brussels by Anna Kovacs, the chair."))
        .extracting(Entity::type, Entity::text)
        .doesNotContain(tuple("LOC", "Anna Kovacs"));
  }

  @Test
  void shouldFindUnnamedTreatiesAndWordCenturies() {
    assertThat(recognize("The leaders signed a strategic partnership treaty beside a nineteenth-century mosque."))
        .extracting(Entity::type, Entity::text)
        .contains(tuple("LAW", "strategic partnership treaty"), tuple("DATE", "nineteenth-century"));
  }

  @Test
  void shouldNotTakeReferenceNumbersOrNumbersBeforeALineBreakForQuantities() {
    assertThat(recognize("Agenda item 4\n\nNote verbale from the Mission.\nUnder Article 5 States must act."))
        .extracting(Entity::type)
        .doesNotContain("QUANTITY");
    assertThat(recognize("They waited nine hours and paid $38.5 million for 230 schools."))
        .extracting(Entity::type, Entity::text)
        .contains(tuple("QUANTITY", "nine hours"), tuple("QUANTITY", "$38.5 million"),
            tuple("QUANTITY", "230 schools"));
  }
}
