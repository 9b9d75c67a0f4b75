package org.statementmonitor.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDecodingTest {

  private static final Charset CP1252 = Charset.forName("windows-1252");

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Qərbi Azərbaycan İcması: ğ ş ı ö ü ç — “quoted”",
      "西阿塞拜疆社区就流离失所者返回问题发出呼吁",
      "Déclaration — Conseil de sécurité, 12 janvier",
  })
  void shouldKeepUtf8TextIntactWithOrWithoutDeclaration(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertThat(TextDecoding.decode(bytes, null, false)).isEqualTo(text);
    assertThat(TextDecoding.decode(bytes, StandardCharsets.UTF_8, false)).isEqualTo(text);
  }

  @Test
  void shouldDropAUtf8ByteOrderMark() {
    byte[] text = "Bəyanat".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    assertThat(TextDecoding.decode(withBom, CP1252, true)).isEqualTo("Bəyanat");
  }

  @Test
  void shouldReadWindows1252WhateverTheServerClaims() {
    String text = "The Minister’s “statement” — café, naïve, 5 €";
    byte[] bytes = text.getBytes(CP1252);
    assertThat(TextDecoding.decode(bytes, CP1252, false)).isEqualTo(text);
    assertThat(TextDecoding.decode(bytes, StandardCharsets.UTF_8, false)).isEqualTo(text);
    assertThat(TextDecoding.decode(bytes, StandardCharsets.ISO_8859_1, false)).isEqualTo(text);
  }

  @Test
  void shouldUseTheHtmlMetaOrXmlDeclarationWhenTheHeaderSaysNothing() {
    String html = "<html><head><meta charset=\"windows-1252\"></head><body>Minister’s – café</body></html>";
    assertThat(TextDecoding.decode(html.getBytes(CP1252), null, true)).isEqualTo(html);

    String chinese = "<?xml version=\"1.0\" encoding=\"GB18030\"?><rss><title>声明</title></rss>";
    assertThat(TextDecoding.decode(chinese.getBytes(Charset.forName("GB18030")), null, true)).isEqualTo(chinese);
  }
}
