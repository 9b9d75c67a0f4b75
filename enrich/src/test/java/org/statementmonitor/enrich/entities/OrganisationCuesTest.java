package org.statementmonitor.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.statementmonitor.common.event.Entity;

/**
 * Organisations with no head word, found by the words around them (media nouns, reporting verbs,
 * web addresses, acronyms used as organisations, local authorities named in lower case), and the
 * people and plain words those cues must leave alone.
 */
class OrganisationCuesTest {

  private static final RuleBasedRecognizer RECOGNIZER = new RuleBasedRecognizer();

  private static List<Entity> recognize(String text) {
    return RECOGNIZER.recognize(text, Long.MAX_VALUE).entities();
  }

  @Test
  void shouldTakeANameBeforeAMediaNounAsAnOrganisation() {
    assertThat(recognize("Residents told Zarvan news agency that the water had been cut."))
        .extracting(Entity::type, Entity::text).contains(tuple("ORG", "Zarvan"));
    assertThat(recognize("The Qelem Sesi newspaper printed the list on Friday."))
        .extracting(Entity::type, Entity::text).contains(tuple("ORG", "Qelem Sesi"));
  }

  @Test
  void shouldTakeANameAfterAnOrganisationNounAsAnOrganisation() {
    assertThat(recognize("The survey was carried out with the local NGO Hamdardi and two schools."))
        .extracting(Entity::type, Entity::text).contains(tuple("ORG", "Hamdardi"));
  }

  @Test
  void shouldTakeAShortNameInAReportingContextAsAnOrganisation() {
    assertThat(recognize("According to Zamanpress, the convoy left at dawn."))
        .extracting(Entity::type, Entity::text).contains(tuple("ORG", "Zamanpress"));
    assertThat(recognize("The bridge was closed for repairs, Kavarna reported on Monday."))
        .extracting(Entity::type, Entity::text).contains(tuple("ORG", "Kavarna"));
    assertThat(recognize("The story was first reported by Drozdnet and later confirmed by the ministry."))
        .extracting(Entity::type, Entity::text).contains(tuple("ORG", "Drozdnet"));
    assertThat(recognize("\"We have nothing left,\" one farmer told Umudpost."))
        .extracting(Entity::type, Entity::text).contains(tuple("ORG", "Umudpost"));
  }

  @Test
  void shouldNotTakeAPersonOrAPluralNounAsAReportingOrganisation() {
    assertThat(recognize("The minister told Elnur Qasimli that the case was closed."))
        .extracting(Entity::type).doesNotContain("ORG");
    assertThat(recognize("Witnesses reported two explosions. Sabirov reported the same to the police."))
        .extracting(Entity::type).doesNotContain("ORG");
    assertThat(recognize("According to Mammadli, the meeting was postponed."))
        .extracting(Entity::type).doesNotContain("ORG");
  }

  @Test
  void shouldTakeAWebAddressNameAsAnOrganisation() {
    assertThat(recognize("The figures were published by Xeber.az and 24.kg this week."))
        .extracting(Entity::type, Entity::text).contains(tuple("ORG", "Xeber.az"), tuple("ORG", "24.kg"));
  }

  @Test
  void shouldTakeAnAcronymUsedAsAnOrganisationAsAnOrganisation() {
    assertThat(recognize("The QTSA secretariat in Tbilisi and the BKDO said they would send observers."))
        .extracting(Entity::type, Entity::text).contains(tuple("ORG", "QTSA"), tuple("ORG", "BKDO"));
    assertThat(recognize("Members of the KARTA met in March."))
        .extracting(Entity::type, Entity::text).contains(tuple("ORG", "KARTA"));
  }

  @Test
  void shouldNotTakeCommonCapitalsOrHeadingsAsOrganisations() {
    assertThat(recognize("Each IDP family said the UXO had not been cleared. COVID cases rose."))
        .extracting(Entity::type).doesNotContain("ORG");
    assertThat(recognize("PRESS RELEASE ABOUT THE CASE\nThe text follows."))
        .extracting(Entity::text).doesNotContain("RELEASE", "CASE");
  }

  @Test
  void shouldTakeALocalAuthorityNamedInLowerCaseAsAnOrganisation() {
    assertThat(recognize("The Tovuz district executive authority and the Gadabay district court replied."))
        .extracting(Entity::type, Entity::text)
        .contains(tuple("ORG", "Tovuz district executive authority"), tuple("ORG", "Gadabay district court"));
  }

  @Test
  void shouldTakeAnOutletNamedWithTodayAsAnOrganisation() {
    assertThat(recognize("The interview was republished by Karabakh Today."))
        .extracting(Entity::type, Entity::text).contains(tuple("ORG", "Karabakh Today"));
  }

  @Test
  void shouldTakeBothOutletsOfACoordinatedReportAsOrganisations() {
    assertThat(recognize("Tanik and Yazgul have documented the same pattern."))
        .extracting(Entity::type, Entity::text).contains(tuple("ORG", "Tanik"), tuple("ORG", "Yazgul"));
  }

  @Test
  void shouldTakeASignatorysOrganisationWithoutAHeadWordAsAnOrganisation() {
    assertThat(recognize("Signed:\n1. Gulnaz Temirova – Editor, Shirvan Voice\n2. Rauf Kerimli – Director, Ganja\n"))
        .extracting(Entity::type, Entity::text)
        .contains(tuple("ORG", "Shirvan Voice"), tuple("LOC", "Ganja"))
        .doesNotContain(tuple("ORG", "Ganja"));
  }

  @Test
  void shouldSplitANameAtAPlaceMadeIntoAnAdjective() {
    assertThat(recognize("Ilgar Huseynov of the Baku-based Centre for Rural Studies disagrees."))
        .extracting(Entity::type, Entity::text)
        .contains(tuple("PERSON", "Ilgar Huseynov"), tuple("ORG", "Centre for Rural Studies"));
  }

  @Test
  void shouldTypeACodeOfAKnownStateByItsOwnHead() {
    assertThat(recognize("They were charged under the Criminal Code of the Russian Federation."))
        .extracting(Entity::type, Entity::text).contains(tuple("LAW", "Criminal Code of the Russian Federation"));
  }
}
