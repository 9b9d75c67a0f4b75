package org.statementmonitor.ingest.seen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlNormaliserTest {

  @ParameterizedTest
  @CsvSource({
      "https://www.Example.org/news/statement-1/, example.org/news/statement-1",
      "http://example.org:80/news/statement-1#top, example.org/news/statement-1",
      "https://example.org:443/a?utm_source=x&b=2&a=1&fbclid=z, example.org/a?a=1&b=2",
      "https://example.org, example.org/",
      "https://example.org:8443//a//b, example.org:8443/a/b",
      "not a url, not a url",
  })
  void shouldGiveOneKeyPerStatement(String url, String key) {
    assertThat(UrlNormaliser.normalise(url)).isEqualTo(key);
  }

  @ParameterizedTest
  @CsvSource({
      "http://example.org/s/1, https://www.example.org/s/1/",
      "https://example.org/s/1?utm_campaign=feed, https://example.org/s/1",
  })
  void shouldGiveTheSameIdToVariantsOfOneUrl(String a, String b) {
    assertThat(StatementIds.idOf(StatementIds.urlKey(a))).isEqualTo(StatementIds.idOf(StatementIds.urlKey(b)))
        .hasSize(32);
  }

  @ParameterizedTest
  @CsvSource({"'Text  with\n spaces', 'Text with spaces'"})
  void shouldHashTextRegardlessOfWhitespace(String a, String b) {
    assertThat(StatementIds.contentHash(a)).isEqualTo(StatementIds.contentHash(b));
  }
}
