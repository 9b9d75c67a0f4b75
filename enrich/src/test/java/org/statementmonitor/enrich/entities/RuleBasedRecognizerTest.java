package org.statementmonitor.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.statementmonitor.common.event.Entity;

class RuleBasedRecognizerTest {

  private static final RuleBasedRecognizer RECOGNIZER = new RuleBasedRecognizer();

  private static List<Entity> recognize(String text) {
    return RECOGNIZER.recognize(text, System.nanoTime() + 5_000_000_000L).entities();
  }

  private static Entity only(String text, String type) {
    return recognize(text).stream().filter(e -> e.type().equals(type)).findFirst().orElseThrow(
        () -> new AssertionError("no " + type + " in: " + text + " -> " + recognize(text)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Baku, 12 January 2023.|12 January 2023|2023-01-12",
      "It happened on 22-24 November 1988 in Baku.|22-24 November 1988|1988-11-22/1988-11-24",
      "The violence of 1988-91 was the worst.|1988-91|1988/1991",
      "The massacres of 1918-21 are recalled.|1918-21|1918/1921",
      "A letter sent on March 3, 2024 was ignored.|March 3, 2024|2024-03-03",
      "In November 1988 they left.|November 1988|1988-11",
      "Throughout the 20th century, it went on.|20th century|19",
      "In the late 1980s, people left.|1980s|198",
      "The Community was founded in 1989 in Baku.|1989|1989",
      "Dated 2024-05-01 and filed.|2024-05-01|2024-05-01"})
  void shouldNormaliseDatesToIso(String text, String surface, String iso) {
    Entity date = only(text, "DATE");
    assertThat(date.text()).isEqualTo(surface);
    assertThat(date.normalized()).isEqualTo(iso);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Approximately 800,000 Azerbaijanis were uprooted.|800,000 Azerbaijanis|800000|Azerbaijanis",
      "The fate of 4,000 missing individuals remains unknown.|4,000 missing individuals|4000|missing individuals",
      "He ordered the deportation of one hundred thousand of ethnic Azerbaijanis from Armenia.|one hundred thousand of ethnic Azerbaijanis|100000|ethnic Azerbaijanis",
      "Trade reached $500 million a year.|$500 million|500000000|USD",
      "Only 5 per cent of the maps were handed over.|5 per cent|5|percent"})
  void shouldFindQuantitiesWithWhatTheyCount(String text, String surface, String value, String unit) {
    Entity quantity = only(text, "QUANTITY");
    assertThat(quantity.text()).isEqualTo(surface);
    assertThat(quantity.normalized()).isEqualTo(value);
    assertThat(quantity.unit()).isEqualTo(unit);
  }

  @Test
  void shouldNotTakePhoneNumbersOrBareNumbersForQuantities() {
    assertThat(recognize("Tel: +994 12 562 39 65\nThe item 34 was discussed."))
        .noneMatch(e -> e.type().equals("QUANTITY"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "circulated as document A/77/1000 of the Assembly|A/77/1000|DOCREF",
      "see S/2023/585 for details|S/2023/585|DOCREF",
      "Ref. No: 02/02 of the Community|Ref. No: 02/02|DOCREF",
      "with reference to CCPR/C/ARM/CO/3 in Geneva|CCPR/C/ARM/CO/3|DOCREF",
      "in particular its Article 12(4) on return|Article 12(4)|LAW",
      "the Security Council resolution 884 (1993) demanded|resolution 884 (1993)|LAW",
      "the Security Council resolution 884 (1993) demanded|Security Council|ORG",
      "based on the Universal Declaration of Human Rights and others|Universal Declaration of Human Rights|LAW"})
  void shouldFindReferencesAndLegalInstruments(String text, String surface, String type) {
    assertThat(only(text, type).text()).isEqualTo(surface);
  }

  @Test
  void shouldTypeOrganisationsByTheirHeadWord() {
    List<Entity> entities = recognize("Members of the Caucasus Dialogue Institute and the Karabakh Revival Foundation met.");
    assertThat(entities).extracting(Entity::type, Entity::text).contains(
        tuple("ORG", "Caucasus Dialogue Institute"), tuple("ORG", "Karabakh Revival Foundation"));
  }

  @Test
  void shouldYieldPersonWithRoleAndOrganisationFromSignatoryList() {
    List<Entity> entities = recognize("""
        Signed:
        1. Kamran Hasanli – Chairman of the Karabakh Revival Foundation
        2. Dr. Nigar Rzayeva – Director of the Centre for Migration Studies
        """);
    assertThat(entities).extracting(Entity::type, Entity::text, Entity::role).contains(
        tuple("PERSON", "Kamran Hasanli", "Chairman"),
        tuple("ORG", "Karabakh Revival Foundation", null),
        tuple("PERSON", "Nigar Rzayeva", "Director"),
        tuple("ORG", "Centre for Migration Studies", null));
  }

  @Test
  void shouldAttachRoleStatedBeforeTheName() {
    Entity person = only("The letter went to US Secretary of State Antony Blinken on Monday.", "PERSON");
    assertThat(person.text()).isEqualTo("Antony Blinken");
    assertThat(person.role()).isEqualTo("Secretary of State");
  }

  @Test
  void shouldLinkAcronymDefinedInTextToItsLongForm() {
    List<Entity> entities = recognize(
        "The Caspian Heritage Network (CHN) wrote to the Organization for Security and Co-operation in Europe (OSCE). "
            + "Later CHN repeated the call and the OSCE replied.");
    assertThat(entities).filteredOn(e -> e.text().equals("CHN"))
        .hasSize(2).allMatch(e -> e.canonical().equals("Caspian Heritage Network") && e.type().equals("ORG"));
    assertThat(entities).filteredOn(e -> e.text().equals("OSCE"))
        .hasSize(2).allMatch(e -> e.canonical().equals("Organization for Security and Co-operation in Europe"));
  }

  @Test
  void shouldMergeSpellingsOfOnePlaceAndOnePerson() {
    List<Entity> entities = recognize(
        "Mr. Rashad Gasimov visited Khankendi and Khankandi. Later Gasimov returned to Baku.");
    assertThat(entities).filteredOn(e -> e.type().equals("LOC") && e.text().startsWith("Khank"))
        .hasSize(2).allMatch(e -> e.canonical().equals("Khankendi"))
        .allMatch(e -> e.surfaceForms().containsAll(List.of("Khankendi", "Khankandi")));
    assertThat(entities).filteredOn(e -> e.text().equals("Gasimov"))
        .singleElement().satisfies(e -> {
          assertThat(e.type()).isEqualTo("PERSON");
          assertThat(e.canonical()).isEqualTo("Rashad Gasimov");
        });
  }

  @Test
  void shouldRecogniseLetterheadsInOtherScripts() {
    List<Entity> entities = recognize("中国国际问题研究院\nОбщина Западного Азербайджана\nQƏRBİ AZƏRBAYCAN İCMASI\n\nText follows.");
    assertThat(entities).extracting(Entity::type, Entity::text).contains(
        tuple("ORG", "中国国际问题研究院"), tuple("ORG", "Община Западного Азербайджана"),
        tuple("ORG", "QƏRBİ AZƏRBAYCAN İCMASI"));
  }

  @Test
  void shouldGiveOffsetsIntoTheOriginalText() {
    String text = "On 5 October 2023 the Council of Europe met in Strasbourg.";
    for (Entity e : recognize(text)) {
      assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
    }
    assertThat(recognize(text)).extracting(Entity::type).contains("DATE", "ORG", "LOC");
  }

  @Test
  void shouldStopAtTheDeadline() {
    String text = "The Council of Europe met in Strasbourg on 5 October 2023. ".repeat(2_000);
    EntityRecognizer.Recognition r = RECOGNIZER.recognize(text, System.nanoTime() - 1);
    assertThat(r.timedOut()).isTrue();
  }
}
