package org.statementmonitor.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.statementmonitor.common.event.Entity;

/**
 * Names that the cue words alone got wrong: an office named by a role in the possessive, "Rule of
 * Law" inside a name, a letterhead in capitals above an address line, numbered laws, and people
 * named by a byline, a verb of speech or a role set off by commas.
 */
class OrganisationNamesTest {

  private static final RuleBasedRecognizer RECOGNIZER = new RuleBasedRecognizer();

  private static List<Entity> recognize(String text) {
    return RECOGNIZER.recognize(text, Long.MAX_VALUE).entities();
  }

  @Test
  void shouldTakeAnOfficeNamedByARoleInThePossessiveAsAnOrganisation() {
    assertThat(recognize("The Prosecutor General's Office opened a case."))
        .extracting(Entity::type, Entity::text)
        .contains(tuple("ORG", "Prosecutor General's Office"))
        .doesNotContain(tuple("ORG", "'s Office"));
  }

  @Test
  void shouldNotTakeRuleOfLawAsALegalInstrument() {
    assertThat(recognize("The Caspian Bureau for Human Rights and Rule of Law wrote to the court."))
        .extracting(Entity::type).doesNotContain("LAW");
  }

  @Test
  void shouldEndALetterheadInCapitalsAtItsLine() {
    String letterhead = "CASPIAN INTERNATIONAL BUREAU FOR HUMAN RIGHTS AND THE PROTECTION OF MINORITIES";
    assertThat(recognize(letterhead + "\nAlmaty, Abay avenue 43\n")).extracting(Entity::type, Entity::text)
        .contains(tuple("ORG", letterhead), tuple("LOC", "Almaty"));
  }

  @Test
  void shouldTakeAHospitalAsAnOrganisation() {
    assertThat(recognize("Both were taken to the Barda Central Hospital."))
        .extracting(Entity::type, Entity::text).contains(tuple("ORG", "Barda Central Hospital"));
  }

  @Test
  void shouldTakeTheAuthorOfAnArticleFromItsByline() {
    assertThat(recognize("Roads and Borders\nAnalysis by Dilshod Karimov, Fergana Policy Centre\n"))
        .extracting(Entity::type, Entity::text).contains(tuple("PERSON", "Dilshod Karimov"));
  }

  @Test
  void shouldTakeANumberedLawAsALegalInstrument() {
    assertThat(recognize("Compensation is paid under Law No. 20 of 2009 and Decree No. 1181."))
        .extracting(Entity::type, Entity::text)
        .contains(tuple("LAW", "Law No. 20 of 2009"), tuple("LAW", "Decree No. 1181"));
  }

  @Test
  void shouldTakeAYearQualifiedCeasefireAgreementAsALegalInstrument() {
    assertThat(recognize("The detentions violate the 2008 ceasefire agreement."))
        .extracting(Entity::type, Entity::text).contains(tuple("LAW", "2008 ceasefire agreement"));
  }

  @Test
  void shouldTakeANameAfterAVerbOfSpeechOrSetOffAfterARoleAsAPerson() {
    assertThat(recognize("The head of the mission, Dimitrios Karabalis, called for calm. \"It is late,\" said Anna Berg."))
        .extracting(Entity::type, Entity::text)
        .contains(tuple("PERSON", "Dimitrios Karabalis"), tuple("PERSON", "Anna Berg"));
  }
}
