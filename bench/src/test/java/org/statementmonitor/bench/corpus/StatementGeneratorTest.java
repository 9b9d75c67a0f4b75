package org.statementmonitor.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StatementGeneratorTest {

  private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");

  @Test
  void shouldWriteStatementsOfOneToFifteenKilobytesOfEveryKind() {
    List<GeneratedStatement> corpus = new StatementGenerator(1, "t", START).next(300);

    assertThat(corpus).allSatisfy(s -> assertThat(s.text().length())
        .isBetween(StatementGenerator.MIN_CHARS, StatementGenerator.MAX_CHARS + 4_000));
    assertThat(corpus.stream().map(GeneratedStatement::kind).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(StatementKind.values());
    assertThat(corpus.stream().mapToInt(s -> s.text().length()).average().orElseThrow()).isBetween(3_000.0, 9_000.0);
  }

  @Test
  void shouldGiveTheSameStatementsForTheSameSeed() {
    assertThat(new StatementGenerator(7, "t", START).next(20))
        .isEqualTo(new StatementGenerator(7, "t", START).next(20));
  }

  @Test
  void shouldRepostAnEarlierAppealWithUsSpelling() {
    List<GeneratedStatement> corpus = new StatementGenerator(3, "t", START).next(200);
    GeneratedStatement repost = corpus.stream().filter(s -> s.kind() == StatementKind.NEWS_REPOST).findFirst()
        .orElseThrow();
    GeneratedStatement original = corpus.stream().filter(s -> s.id().equals(repost.repostOf())).findFirst()
        .orElseThrow();

    assertThat(original.kind()).isEqualTo(StatementKind.APPEAL);
    assertThat(repost.text()).doesNotContain("organisation");
    assertThat(repost.text().length()).isGreaterThan(original.text().length());
  }

  @Test
  void shouldPutLetterheadsInAzerbaijaniOrChinese() {
    Set<String> firstLines = new StatementGenerator(5, "t", START).next(100).stream()
        .filter(s -> s.kind() == StatementKind.APPEAL).map(s -> s.text().lines().findFirst().orElseThrow())
        .collect(Collectors.toSet());

    assertThat(firstLines).anyMatch(l -> l.matches(".*[əğşçöüı].*"));
    assertThat(firstLines).anyMatch(l -> l.codePoints().anyMatch(cp ->
        Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN));
  }

  @Test
  void shouldRenderHtmlAndPdfThatCarryTheText() {
    GeneratedStatement s = new StatementGenerator(9, "t", START).next(StatementKind.LETTER_TO_OFFICIAL);

    String html = new String(DocumentRenderer.html(s), java.nio.charset.StandardCharsets.UTF_8);
    byte[] pdf = DocumentRenderer.pdf(s);

    assertThat(html).contains("<article>").contains(s.organisation());
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }
}
