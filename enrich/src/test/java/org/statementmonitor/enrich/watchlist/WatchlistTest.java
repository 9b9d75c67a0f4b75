package org.statementmonitor.enrich.watchlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WatchlistTest {

  private static final String YAML = """
      entries:
        - id: wac
          name: Western Azerbaijan Community
          type: org
          aliases: [Qərbi Azərbaycan İcması, Society of Azerbaijani Refugees]
        - id: alakbarli
          name: Aziz Alakbarli
          type: PERSON
        - id: khankendi
          name: Khankendi
          type: LOC
      """;

  private final Watchlist exact = WatchlistLoader.parse(YAML, false);
  private final Watchlist variants = WatchlistLoader.parse(YAML, true);

  @ParameterizedTest
  @ValueSource(strings = {
      "the WESTERN AZERBAIJAN COMMUNITY said",
      "the Western-Azerbaijan Community said",
      "the Western Azerbaijan\nCommunity said",
      "the Western Azerbaijan Community's appeal",
      "the Western Azerbaijan Community’s appeal",
      "the “Western Azerbaijan Community” said",
      "QƏRBİ AZƏRBAYCAN İCMASI",
      "Qerbi Azerbaycan Icmasi",
      "qərbi azərbaycan icması",
      "the Society of Azerbaijani Refugees"})
  void shouldMatchSpellingsThatDifferInCaseDiacriticsHyphensQuotesAndLineBreaks(String text) {
    assertThat(exact.find(text)).singleElement().satisfies(h -> assertThat(h.entry().id()).isEqualTo("wac"));
  }

  @Test
  void shouldMatchTransliterationVariantsOnlyWhenEnabled() {
    String text = "Aziz Alakbarov visited Khankandi.";
    assertThat(exact.find(text)).isEmpty();
    assertThat(variants.find(text)).extracting(h -> h.entry().id()).containsExactly("alakbarli", "khankendi");
    assertThat(variants.find(text)).allMatch(Watchlist.Hit::variant);
  }

  @Test
  void shouldNotMatchInsideLongerWords() {
    Watchlist w = WatchlistLoader.parse("- {id: ali, name: Ali, type: PERSON}", false);
    assertThat(w.find("Alibek and Khalid")).isEmpty();
    assertThat(w.find("Mr. Ali said")).hasSize(1);
  }

  @Test
  void shouldRejectEntriesWithoutIdOrWithUnknownType() {
    assertThatThrownBy(() -> WatchlistLoader.parse("- {name: X}", false))
        .hasMessageContaining("entry 1").hasMessageContaining("id");
    assertThatThrownBy(() -> WatchlistLoader.parse("- {id: x, name: X, type: THING}", false))
        .hasMessageContaining("unknown type 'THING'");
    assertThatThrownBy(() -> WatchlistLoader.parse("- {id: x, name: X}\n- {id: x, name: Y}", false))
        .hasMessageContaining("used twice");
  }

  @Test
  void shouldLinkRecognisedEntitiesAndTheirOtherMentions() {
    String text = "Aziz Alakbarli spoke. Later Alakbarli left.";
    var entities = new org.statementmonitor.enrich.entities.RuleBasedRecognizer()
        .recognize(text, System.nanoTime() + 5_000_000_000L).entities();
    var linked = WatchlistLinker.link(text, entities, exact);
    assertThat(linked).filteredOn(e -> e.type().equals("PERSON"))
        .hasSize(2).allMatch(e -> "alakbarli".equals(e.watchlistId()));
    assertThat(WatchlistLinker.link(text, entities, Watchlist.empty())).isEqualTo(entities);
    assertThat(linked).extracting(e -> text.substring(e.start(), e.end()))
        .containsExactly("Aziz Alakbarli", "Alakbarli");
    assertThat(List.of(exact.entries().size())).containsExactly(3);
  }
}
