package org.statementmonitor.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.statementmonitor.alerts.AlertFixture;
import org.statementmonitor.common.event.Alert;

class AlertTextTest {

  private final Alert hostile = AlertFixture.hostile("r");

  @Test
  void shouldEscapeEveryValueInTheHtmlBody() {
    String html = AlertText.html(hostile);

    assertThat(html).doesNotContain("<script>", "<img", "<b>bold", "<a href='x'>", "javascript:");
    assertThat(html).contains("&lt;script&gt;", "&lt;img src=x&gt;", "&lt;b&gt;bold&lt;/b&gt;");
  }

  @Test
  void shouldInsertTemplateSyntaxLiterallyWithoutEvaluatingIt() {
    assertThat(AlertText.plain(hostile)).contains("${env:HOME}");
    assertThat(AlertText.subject(hostile)).contains("${jndi:ldap://x} {{7*7}}").doesNotContain("49");
  }

  @Test
  void shouldEscapeSlackControlSequences() {
    String text = AlertText.slack(hostile);

    assertThat(text).doesNotContain("<!channel>").contains("&lt;!channel&gt; &amp; &lt;a href='x'&gt;");
  }

  @Test
  void shouldKeepTheSubjectOnOneLine() {
    Alert a = AlertFixture.match("r", "s1");
    Alert multiline = new Alert(a.schemaVersion(), a.id(), a.rule(), a.kind(), a.statementId(), a.clusterId(),
        "Title\r\nBcc: victim@example.org", a.url(), a.source(), a.published(), a.raised(), a.matched(),
        a.snippet(), a.message(), 0);

    assertThat(AlertText.subject(multiline)).doesNotContain("\n", "\r").isEqualTo("[match] r: Title Bcc: victim@example.org");
  }

  @Test
  void shouldSayWhyAndMentionTheSuppressedCount() {
    String text = AlertText.plain(hostile);

    assertThat(text).contains("Matched: text: <img src=x>", "3 more alerts of this rule were held back");
    assertThat(AlertText.plain(AlertFixture.match("r", "s1")))
        .contains("Western Azerbaijan Community", "https://example.org/s1", "Published 2026-03-02T09:00:00Z");
  }
}
