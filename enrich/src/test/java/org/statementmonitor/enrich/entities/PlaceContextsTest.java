package org.statementmonitor.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.statementmonitor.common.event.Entity;

/**
 * Places named with no cue of their own, found by what people do there (come from, return to,
 * travel between), by a known place beside them, or by the district after a comma; and the names
 * of people those contexts must leave alone.
 */
class PlaceContextsTest {

  private static final RuleBasedRecognizer RECOGNIZER = new RuleBasedRecognizer();

  private static List<Entity> recognize(String text) {
    return RECOGNIZER.recognize(text, Long.MAX_VALUE).entities();
  }

  @Test
  void shouldTakeWherePeopleComeFromAsPlaces() {
    assertThat(recognize("Families from Zorvan and Qashqa Tepe told the mission about the shelling."))
        .extracting(Entity::type, Entity::text).contains(tuple("LOC", "Zorvan"), tuple("LOC", "Qashqa Tepe"));
    assertThat(recognize("The people of Durnak or Selbi have not been asked."))
        .extracting(Entity::type, Entity::text).contains(tuple("LOC", "Durnak"), tuple("LOC", "Selbi"));
  }

  @Test
  void shouldTakeWherePeopleMoveAsPlaces() {
    assertThat(recognize("In May the first families returned to Harzan, and others were evicted from Dombek."))
        .extracting(Entity::type, Entity::text).contains(tuple("LOC", "Harzan"), tuple("LOC", "Dombek"));
  }

  @Test
  void shouldTakeBothEndsOfARoadAsPlaces() {
    assertThat(recognize("The road between Yelkan and Borsuli is mined."))
        .extracting(Entity::type, Entity::text).contains(tuple("LOC", "Yelkan"), tuple("LOC", "Borsuli"));
  }

  @Test
  void shouldTakeSitesAtANameAsPlaces() {
    assertThat(recognize("The checkpoints at Kezer-Bash and Tulkan open on different days."))
        .extracting(Entity::type, Entity::text).contains(tuple("LOC", "Kezer-Bash"), tuple("LOC", "Tulkan"));
  }

  @Test
  void shouldTakeANameListedBeforeAKnownPlaceAsAPlace() {
    assertThat(recognize("The convoy came from Ordzhak and Kirkuk on Sunday."))
        .extracting(Entity::type, Entity::text).contains(tuple("LOC", "Ordzhak"));
  }

  @Test
  void shouldTakeANameBeforeAKnownDistrictAsAPlace() {
    assertThat(recognize("Garaqoyunlu, Fuzuli district, is the next village on the list."))
        .extracting(Entity::type, Entity::text).contains(tuple("LOC", "Garaqoyunlu"));
  }

  @Test
  void shouldTakeThreeListedNamesAfterInAsPlacesWithoutAClosingComma() {
    assertThat(recognize("The searches in Demirli, Kuzova and Tashbash had followed one pattern."))
        .extracting(Entity::type, Entity::text)
        .contains(tuple("LOC", "Demirli"), tuple("LOC", "Kuzova"), tuple("LOC", "Tashbash"));
  }

  @Test
  void shouldNotTakeAPersonSetOffByCommasAfterAPlaceAsAPlace() {
    assertThat(recognize("We call on the Special Rapporteur on Iran, Mai Sato, to raise these cases."))
        .extracting(Entity::type, Entity::text).doesNotContain(tuple("LOC", "Mai Sato"));
  }

  @Test
  void shouldNotTakeGroupsInAnOrganisationNameAsPlaces() {
    assertThat(recognize("Chairman of Families of Martyrs and Veterans Public Union"))
        .extracting(Entity::type).doesNotContain("LOC");
  }

  @Test
  void shouldNotTakeANameMadeIntoAnAdjectiveAsAPlace() {
    assertThat(recognize("Evictions go on in the Azerbaijani-populated villages of the province."))
        .extracting(Entity::type).doesNotContain("LOC");
  }

  @Test
  void shouldTakeANameDescribedAsAPlaceOrByItsResidentsAsAPlace() {
    assertThat(recognize("Hochkar, a small mountain village, has no road. Tazakend residents say the same."))
        .extracting(Entity::type, Entity::text).contains(tuple("LOC", "Hochkar"), tuple("LOC", "Tazakend"));
    assertThat(recognize("Former residents came back. Anar Guliyev, a local man, and Lala, the city mayor, spoke."))
        .extracting(Entity::type).doesNotContain("LOC");
  }
}
