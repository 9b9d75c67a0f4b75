package org.statementmonitor.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.statementmonitor.common.event.Entity;

/**
 * People whose given name no lexicon knows, found by what follows the name: a verb of speech, an
 * age, or a description of a person set off by a comma; and the places and groups described the
 * same way that must not become people.
 */
class PersonContextsTest {

  private static final RuleBasedRecognizer RECOGNIZER = new RuleBasedRecognizer();

  private static List<Entity> recognize(String text) {
    return RECOGNIZER.recognize(text, Long.MAX_VALUE).entities();
  }

  @Test
  void shouldTakeANameBeforeAVerbOfSpeechAsAPerson() {
    assertThat(recognize("After the meeting, Qurbet Tazehoglu added that nothing had changed."))
        .extracting(Entity::type, Entity::text).contains(tuple("PERSON", "Qurbet Tazehoglu"));
  }

  @Test
  void shouldTakeANameWithAnAgeAsAPerson() {
    assertThat(recognize("\"We waited too long,\" Dursun Paqa, 67, told the reporters."))
        .extracting(Entity::type, Entity::text).contains(tuple("PERSON", "Dursun Paqa"));
  }

  @Test
  void shouldTakeANameDescribedAsAPersonAsAPerson() {
    assertThat(recognize("Nobody asked them, says Tolqun Ermatova Bek, a lawyer in Osh who advises families."))
        .extracting(Entity::type, Entity::text).contains(tuple("PERSON", "Tolqun Ermatova Bek"));
    assertThat(recognize("Yarkin Tashak, a teacher, was detained."))
        .extracting(Entity::type, Entity::text).contains(tuple("PERSON", "Yarkin Tashak"));
  }

  @Test
  void shouldNotTakeAPlaceOrAGroupDescribedAfterACommaAsAPerson() {
    assertThat(recognize("Qizil Tepe, a village near the border, was shelled."))
        .extracting(Entity::type).doesNotContain("PERSON");
    assertThat(recognize("Crimean Solidarity said the searches went on."))
        .extracting(Entity::type).doesNotContain("PERSON");
  }

  @Test
  void shouldTakeANameFollowedByWhoAsAPerson() {
    assertThat(recognize("Deniz Koral, who ran the programme, said donors counted roofs."))
        .extracting(Entity::type, Entity::text).contains(tuple("PERSON", "Deniz Koral"));
    assertThat(recognize("Teams led by Zoran Jelavić cleared the road."))
        .extracting(Entity::type, Entity::text).contains(tuple("PERSON", "Zoran Jelavić"));
  }

  @Test
  void shouldNotRunATitleLineIntoTheBylineBelowIt() {
    assertThat(recognize("Returns without reconciliation: lessons from the valley for the South Caucasus\n"
        + "By Ajsa Hodzic and Orkhan Bagirli\n"))
        .extracting(Entity::type, Entity::text)
        .contains(tuple("LOC", "South Caucasus"), tuple("PERSON", "Orkhan Bagirli"));
  }
}
