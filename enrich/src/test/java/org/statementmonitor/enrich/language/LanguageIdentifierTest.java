package org.statementmonitor.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.statementmonitor.common.event.LanguageInfo;

class LanguageIdentifierTest {

  private static final String BODY = """
      The Community calls on the international community to support the return of the people who were
      expelled from their homes, and to ensure that their rights are respected in the peace process.
      We believe that this is the only way to achieve a lasting peace in the region.
      """;

  private final LanguageIdentifier identifier = new LanguageIdentifier();

  @Test
  void shouldCallEnglishLetterWithAzerbaijaniLetterheadEnglish() {
    String text = "QƏRBİ AZƏRBAYCAN İCMASI\nÜnvan: Nizami küçəsi 41, Bakı, Azərbaycan\n\n" + BODY;
    LanguageInfo info = identifier.identify(text);
    assertThat(info.code()).isEqualTo("en");
    assertThat(info.confidence()).isGreaterThan(0.5);
    assertThat(info.paragraphs()).anySatisfy(p -> {
      assertThat(p.code()).isEqualTo("az");
      assertThat(p.start()).isZero();
    });
  }

  @Test
  void shouldCallEnglishLetterWithChineseLetterheadEnglish() {
    LanguageInfo info = identifier.identify("中国国际问题研究院\n" + BODY);
    assertThat(info.code()).isEqualTo("en");
    assertThat(info.paragraphs()).extracting(LanguageInfo.ParagraphLanguage::code).containsExactly("zh");
  }

  @Test
  void shouldDecideScriptsWithoutAModel() {
    assertThat(identifier.identify("Община Западного Азербайджана обратилась к международному сообществу.").code())
        .isEqualTo("ru");
    assertThat(identifier.identify("Արևմտյան Ադրբեջանի համայնքը դիմել է միջազգային հանրությանը").code())
        .isEqualTo("hy");
  }

  @Test
  void shouldDetectAzerbaijaniAndTurkishLatinText() {
    assertThat(identifier.identify("Qərbi Azərbaycan İcması beynəlxalq ictimaiyyətə müraciət etdi və qayıdış hüququnu xatırlatdı.").code())
        .isEqualTo("az");
    assertThat(identifier.identify("Batı Azerbaycan Topluluğu uluslararası topluma bir çağrıda bulundu ve geri dönüş hakkını hatırlattı.").code())
        .isEqualTo("tr");
  }

  @Test
  void shouldReturnUndeterminedForTextWithoutLetters() {
    assertThat(identifier.identify("").code()).isEqualTo("und");
    assertThat(identifier.identify("12345 67 89 -- //").code()).isEqualTo("und");
  }

  @Test
  void shouldReportAFrenchParagraphInsideALongEnglishStatement() {
    String french = "Nous appelons la communauté internationale à soutenir le retour des familles déplacées "
        + "et à garantir le respect de leurs droits dans le processus de paix.\n";
    String text = BODY.repeat(6) + french + BODY.repeat(6);
    LanguageInfo info = identifier.identify(text);
    assertThat(info.code()).isEqualTo("en");
    assertThat(info.paragraphs()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("fr");
      assertThat(text.substring(p.start(), p.end())).startsWith("Nous appelons");
    });
  }

  @Test
  void shouldLetSignatoryLinesInheritTheStatementLanguage() {
    String signatories = """
        Anar Mammadov – Chair, Western Azerbaijan Community Council
        Selin Karaca – Director, Institute for Caucasus Peace Studies
        Marco Bellini – Coordinator, Rete Europea per i Diritti Umani
        Ingrid Vos – Secretary General, Stichting Vrede en Recht
        """;
    LanguageInfo info = identifier.identify(BODY + signatories);
    assertThat(info.code()).isEqualTo("en");
    assertThat(info.paragraphs()).isEmpty();
  }

  @Test
  void shouldStillIdentifyATextMadeOnlyOfNames() {
    LanguageInfo info = identifier.identify("Mehmet Yılmaz Ayşe Kaya Fatma Demir Mustafa Çelik Zeynep Şahin Başkanı");
    assertThat(info.code()).isNotEqualTo("und");
  }

  @Test
  void shouldCountWordsCapitalsAndEnglishFunctionWordsOfALine() {
    String line = "Anar Mammadov – Chair of the Council, which AGAINST";
    LineWords words = LineWords.of(line, 0, line.length());
    assertThat(words.words()).isEqualTo(8);
    assertThat(words.capitalised()).isEqualTo(5);
    assertThat(words.english()).isEqualTo(4);
    assertThat(LineWords.of("the of", 0, 6).englishShare()).isZero();
  }
}
