package org.statementmonitor.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DocumentExtractorTest {

  private final DocumentExtractor extractor = new DocumentExtractor(200_000, Duration.ofSeconds(20));

  @AfterEach
  void close() {
    extractor.close();
  }

  @Test
  void shouldReadAPdfWithItsUnHeaderAndMetadata() throws Exception {
    byte[] pdf = DocumentFixtures.pdf("Letter to the Secretary-General", "Permanent Mission",
        List.of(DocumentFixtures.unCoverLetter(), List.of("Annex", "Appeal of the Example Community")));

    ExtractedDocument doc = extractor.extract(pdf, "application/pdf", "https://un.example/doc.pdf");

    assertThat(doc.text()).contains("A/79/123-S/2024/456", "Distr.: General", "14 February 2024",
        "I have the honour to transmit", "Appeal of the Example Community");
    assertThat(doc.text().indexOf("A/79/123")).isLessThan(doc.text().indexOf("I have the honour"));
    assertThat(doc.title()).isEqualTo("Letter to the Secretary-General");
    assertThat(doc.authors()).containsExactly("Permanent Mission");
    assertThat(doc.published()).isEqualTo(Instant.parse("2024-02-14T09:00:00Z"));
    assertThat(doc.metadata()).containsEntry("tika.pageCount", "2").containsKey("tika.created");
    assertThat(doc.contentType()).startsWith("application/pdf");
  }

  @Test
  void shouldReadADocxWithAzerbaijaniAndChineseIntact() throws Exception {
    byte[] docx = DocumentFixtures.docx("Müraciət", "İcma mətbuat xidməti", List.of(
        "QƏRBİ AZƏRBAYCAN İCMASI", "Bəyanat: ğ ş ı İ ə", "西阿塞拜疆社区的声明", "English paragraph of the appeal."));

    ExtractedDocument doc = extractor.extract(docx, null, "appeal.docx");

    assertThat(doc.text()).contains("QƏRBİ AZƏRBAYCAN İCMASI", "Bəyanat: ğ ş ı İ ə", "西阿塞拜疆社区的声明");
    assertThat(doc.title()).isEqualTo("Müraciət");
    assertThat(doc.authors()).containsExactly("İcma mətbuat xidməti");
  }

  @Test
  void shouldReadPlainTextInWindows1252AndUtf8() throws Exception {
    Charset cp1252 = Charset.forName("windows-1252");
    assertThat(extractor.extract("Minister’s “statement” – café".getBytes(cp1252), "text/plain", "a.txt").text())
        .isEqualTo("Minister’s “statement” – café");
    assertThat(extractor.extract("Bəyanat 声明".getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8", "b.txt").text())
        .isEqualTo("Bəyanat 声明");
  }

  @Test
  void shouldRefuseABrokenPdfWithAReason() {
    ExtractionException e = catchThrowableOfType(ExtractionException.class,
        () -> extractor.extract("%PDF-1.7\n1 0 obj << /Type /Catalog broken".getBytes(StandardCharsets.US_ASCII),
            "application/pdf", "broken.pdf"));
    assertThat(e.reason()).isEqualTo("parse-failed");
  }

  @Test
  void shouldBoundAZipBombInTimeAndText() throws Exception {
    byte[] bomb = DocumentFixtures.zipBomb(40);
    long start = System.nanoTime();
    String outcome;
    try {
      ExtractedDocument doc = extractor.extract(bomb, "application/zip", "bomb.zip");
      outcome = "cut:" + doc.text().length();
      assertThat(doc.text().length()).isLessThanOrEqualTo(200_000);
    } catch (ExtractionException e) {
      outcome = e.reason();
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    assertThat(outcome).isNotNull();
  }

  @Test
  void shouldBoundADeeplyNestedDocument() throws Exception {
    long start = System.nanoTime();
    try {
      extractor.extract(DocumentFixtures.deeplyNestedXml(50_000), "application/xml", "deep.xml");
    } catch (ExtractionException e) {
      assertThat(e.reason()).isIn("zip-bomb", "parse-failed", "too-complex");
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void shouldGiveUpParsingAtTheDeadline() {
    try (DocumentExtractor hasty = new DocumentExtractor(200_000, Duration.ofMillis(1))) {
      byte[] pdf = DocumentFixtures.pdf("t", "a", java.util.Collections.nCopies(40, DocumentFixtures.unCoverLetter()));
      assertThatThrownBy(() -> hasty.extract(pdf, "application/pdf", "slow.pdf"))
          .isInstanceOf(ExtractionException.class).hasMessageStartingWith("parse-timeout");
    }
  }
}
