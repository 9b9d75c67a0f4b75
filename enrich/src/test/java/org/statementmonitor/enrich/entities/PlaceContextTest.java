package org.statementmonitor.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.statementmonitor.common.event.Entity;

/**
 * Places named without a place noun beside them: by the words around them elsewhere in the text,
 * by a village ending after "in", by a compound-name prefix, by a pairing with a known place, and
 * places written inside or after an organisation's name.
 */
class PlaceContextTest {

  private static final RuleBasedRecognizer RECOGNIZER = new RuleBasedRecognizer();

  private static List<Entity> recognize(String text) {
    return RECOGNIZER.recognize(text, Long.MAX_VALUE).entities();
  }

  @Test
  void shouldTakeEveryMentionOfANameACueMadeAPlace() {
    String text = "Builders reached the village of Tovlabad in May. Water returned to Tovlabad last week.";
    assertThat(recognize(text))
        .extracting(Entity::type, Entity::text, Entity::start)
        .contains(tuple("LOC", "Tovlabad", text.indexOf("Tovlabad")), tuple("LOC", "Tovlabad", text.lastIndexOf("Tovlabad")));
  }

  @Test
  void shouldTakeAVillageEndingAfterInAsAPlaceButNotAKnownPersonsSurname() {
    assertThat(recognize("Twelve houses were rebuilt in Garamamedli last year."))
        .extracting(Entity::type, Entity::text).contains(tuple("LOC", "Garamamedli"));
    assertThat(recognize("Mr. Rauf Hasanli spoke. Hasanli said that in Hasanli's view it was late."))
        .extracting(Entity::type, Entity::text).doesNotContain(tuple("LOC", "Hasanli"));
  }

  @Test
  void shouldTakeANameClosedByACommaAfterInAsAPlace() {
    assertThat(recognize("The schools are full. In Tashbulak, the new one opened in September."))
        .extracting(Entity::type, Entity::text).contains(tuple("LOC", "Tashbulak"));
    assertThat(recognize("It was written in English, and in Islam it is a duty."))
        .extracting(Entity::type).doesNotContain("LOC");
  }

  @Test
  void shouldTakeACompoundVillageNameWithAnUpperOrLowerPrefixAsAPlace() {
    assertThat(recognize("Families from Ashagi Gervend and Boyuk Marjanli came back."))
        .extracting(Entity::type, Entity::text)
        .contains(tuple("LOC", "Ashagi Gervend"), tuple("LOC", "Boyuk Marjanli"))
        .doesNotContain(tuple("PERSON", "Ashagi Gervend"));
  }

  @Test
  void shouldPairAnUnknownNameWithAKnownPlace() {
    assertThat(recognize("The road from Baku to Qizilhajili reopened, as did the link between Norashen and Ganja."))
        .extracting(Entity::type, Entity::text)
        .contains(tuple("LOC", "Qizilhajili"), tuple("LOC", "Norashen"));
  }

  @Test
  void shouldListPlacesAfterSuchAsAndNameBeforeACrossing() {
    assertThat(recognize("Villages such as Garavelli and Mollaburhan lost power near the Sadarak crossing."))
        .extracting(Entity::type, Entity::text)
        .contains(tuple("LOC", "Garavelli"), tuple("LOC", "Mollaburhan"), tuple("LOC", "Sadarak crossing"));
  }

  @Test
  void shouldSeparateAnOrganisationFromThePlaceItSitsIn() {
    assertThat(recognize("He met the Directorate of Mine Action in the Kurdistan Region and the Embassy of Japan in Baku."))
        .extracting(Entity::type, Entity::text)
        .contains(tuple("ORG", "Directorate of Mine Action"), tuple("LOC", "Kurdistan Region"),
            tuple("ORG", "Embassy of Japan"), tuple("LOC", "Baku"));
    assertThat(recognize("Signatories:\nNargiz Karimova – Chair of the Azerbaijan House in Brussels\n"))
        .extracting(Entity::type, Entity::text)
        .contains(tuple("ORG", "Azerbaijan House"), tuple("LOC", "Brussels"));
  }

  @Test
  void shouldTakeAPlaceHeadFirstWhenOfFollows() {
    assertThat(recognize("Wreaths were laid at the Alley of Honour on Sunday."))
        .extracting(Entity::type, Entity::text).contains(tuple("LOC", "Alley of Honour"));
    assertThat(recognize("The District Court of Ganja ruled."))
        .extracting(Entity::type, Entity::text).contains(tuple("ORG", "District Court of Ganja"));
  }

  @Test
  void shouldTakeANameBeforeAStreetNounAsAPlace() {
    assertThat(recognize("Our office moved to Nizami street in the spring."))
        .extracting(Entity::type, Entity::text).contains(tuple("LOC", "Nizami street"));
  }

  @Test
  void shouldTakeAClosedListAfterInAsPlaces() {
    assertThat(recognize("In Tashbulak and Sarykol, the first houses were rebuilt."))
        .extracting(Entity::type, Entity::text)
        .contains(tuple("LOC", "Tashbulak"), tuple("LOC", "Sarykol"));
    assertThat(recognize("The letter was written in Tashbulak and Sarykol Street Press."))
        .extracting(Entity::type).doesNotContain("LOC");
  }

  @Test
  void shouldTakePlainsAndCampsAsPlaces() {
    assertThat(recognize("Families from the Mughan Plains live near Sabirabad camp."))
        .extracting(Entity::type, Entity::text)
        .contains(tuple("LOC", "Mughan Plains"), tuple("LOC", "Sabirabad camp"));
  }

  @Test
  void shouldNotRunAPlaceNameAcrossALineBreak() {
    assertThat(recognize("Another farmer detained near Odzisi\nTbilisi, 3 June 2025\n"))
        .extracting(Entity::type, Entity::text)
        .contains(tuple("LOC", "Tbilisi"))
        .doesNotContain(tuple("LOC", "Odzisi\nTbilisi"));
  }
}
