package org.statementmonitor.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.statementmonitor.common.event.Entity;

/** National parliaments named by their own names are organisations. */
class LegislatureNamesTest {

  private static final RuleBasedRecognizer RECOGNIZER = new RuleBasedRecognizer();

  @Test
  void shouldTakeParliamentsByTheirOwnNamesAsOrganisations() {
    String text = "The Verkhovna Rada and the Knesset replied, while the Jogorku Kenesh, the Riigikogu"
        + " and the Oliy Majlis had not yet voted.";
    assertThat(RECOGNIZER.recognize(text, Long.MAX_VALUE).entities())
        .extracting(Entity::type, Entity::text)
        .contains(tuple("ORG", "Verkhovna Rada"), tuple("ORG", "Knesset"),
            tuple("ORG", "Jogorku Kenesh"), tuple("ORG", "Riigikogu"), tuple("ORG", "Oliy Majlis"));
  }
}
