package org.statementmonitor.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.statementmonitor.common.event.DuplicateStatus;

class OfflineDuplicatesTest {

  private final StatementFixture fixture = new StatementFixture(21);
  private final CopyGenerator copies = new CopyGenerator(fixture.random());

  @Test
  void shouldClusterCopiesUnderTheFirstSeenAndKeepOthersApart() {
    StatementFixture.Organisation org = fixture.organisation("Displaced Citizens Union");
    String appeal = fixture.statement(org, 7);
    String other = fixture.statement(org, 7);
    OfflineDuplicates.Report report = OfflineDuplicates.analyze(List.of(
        new OfflineDuplicates.Document("appeal.txt", appeal),
        new OfflineDuplicates.Document("other.txt", other),
        new OfflineDuplicates.Document("un-document.txt", copies.apply(CopyGenerator.Transform.COVER_LETTER, appeal)),
        new OfflineDuplicates.Document("news.html", CopyGenerator.html(copies.apply(CopyGenerator.Transform.NEW_LEAD,
            copies.apply(CopyGenerator.Transform.FOOTER, CopyGenerator.respell(appeal))))),
        new OfflineDuplicates.Document("short.txt", copies.apply(CopyGenerator.Transform.CUT_SHORT, appeal))));

    List<OfflineDuplicates.Result> docs = report.documents();
    assertThat(docs).extracting(OfflineDuplicates.Result::duplicateOf)
        .containsExactly(null, null, "appeal.txt", "appeal.txt", "appeal.txt");
    assertThat(docs).extracting(OfflineDuplicates.Result::cluster)
        .containsExactly("appeal.txt", "other.txt", "appeal.txt", "appeal.txt", "appeal.txt");
    assertThat(docs.get(2).info().status()).isEqualTo(DuplicateStatus.NEAR_COPY.name());
    assertThat(docs.get(2).info().containment()).isGreaterThan(0.9);
    assertThat(report.reused()).isEmpty();
  }

  @Test
  void shouldReportPassagesReusedFromEarlierDocuments() {
    String appeal = fixture.statement(fixture.organisation("Return and Heritage"), 6);
    String paragraph = appeal.split("\\n\\s*\\n")[6];
    String letter = "Open letter\n\n" + fixture.body(4) + paragraph + "\n\n" + fixture.body(3);

    OfflineDuplicates.Report report = OfflineDuplicates.analyze(List.of(
        new OfflineDuplicates.Document("appeal.txt", appeal),
        new OfflineDuplicates.Document("letter.txt", letter)));

    assertThat(report.documents().get(1).duplicateOf()).isNull();
    assertThat(report.reused()).isNotEmpty().allSatisfy(r -> {
      assertThat(r.from()).isEqualTo("appeal.txt");
      assertThat(r.to()).isEqualTo("letter.txt");
      assertThat(paragraph).contains(r.text());
    });
  }

  @Test
  void shouldNeverClusterEmptyOrVeryShortDocuments() {
    OfflineDuplicates.Report report = OfflineDuplicates.analyze(List.of(
        new OfflineDuplicates.Document("a", ""), new OfflineDuplicates.Document("b", ""),
        new OfflineDuplicates.Document("c", "Press release"), new OfflineDuplicates.Document("d", "Press release")));
    assertThat(report.documents()).extracting(OfflineDuplicates.Result::cluster).containsExactly("a", "b", "c", "d");
  }
}
