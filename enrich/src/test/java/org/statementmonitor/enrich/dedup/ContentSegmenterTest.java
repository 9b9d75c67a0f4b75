package org.statementmonitor.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentSegmenterTest {

  private static final String LETTER = """
      WESTERN COMMUNITY UNION
      Address: 12 Nizami street, Baku
      Tel: +994 12 555 12 12

      Baku, 3 March 2024

      Our organisation calls on the international community to support the return of displaced
      families. The landmines left behind still kill shepherds every year.

      Aziz Alakbarli \u2013 Chairman of the Board
      Leyla Mammadova \u2013 Head of the Public Union
      Rauf Huseynov \u2013 Executive Director of the Foundation
      """;

  @Test
  void shouldKeepWrappedProseAndDropLetterheadDateAndSignatories() {
    List<ContentSegmenter.Segment> segments = ContentSegmenter.segment(LETTER);
    List<String> prose = segments.stream().filter(ContentSegmenter.Segment::prose)
        .map(s -> LETTER.substring(s.start(), s.end())).toList();
    assertThat(prose).hasSize(2);
    assertThat(prose.get(0)).startsWith("Our organisation calls").endsWith("displaced\nfamilies.");
    assertThat(prose.get(1)).isEqualTo("The landmines left behind still kill shepherds every year.");
    assertThat(segments.stream().filter(s -> !s.prose()).count()).isEqualTo(7);
  }

  @Test
  void shouldTreatSignatoryListRewrappedIntoOneBlockAsFurniture() {
    String block = "Aziz Alakbarli \u2013 Chairman of the Board Leyla Mammadova \u2013 Head of the Union"
        + " Rauf Huseynov \u2013 Director Sevinj Aliyeva \u2013 Coordinator of the Network";
    assertThat(ContentSegmenter.segment(block)).noneMatch(ContentSegmenter.Segment::prose);
  }
}
