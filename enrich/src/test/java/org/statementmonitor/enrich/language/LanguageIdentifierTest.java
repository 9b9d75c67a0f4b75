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
}
