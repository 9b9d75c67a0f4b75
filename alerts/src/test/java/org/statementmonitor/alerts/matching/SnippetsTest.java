package org.statementmonitor.alerts.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {

  @Test
  void shouldCollapseWhitespaceExactlyAsTheRegularExpressionDid() {
    List<String> texts = List.of("", " ", "a  b", "\ta\n\n b\r\n", "a\u000Bb\fc", "a\u00A0\u00A0b",
        "\u2003lead\u2003 \u2003trail\u2003", "x \u001C y", "Baku,\n2 March.  The   Community\t(WAC)");
    for (String text : texts) {
      assertThat(Snippets.collapseWhitespace(text, 0, text.length()).strip()).as("[%s]", text)
          .isEqualTo(text.replaceAll("\\s+", " ").strip());
    }
  }

  @Test
  void shouldCutOnWordBoundariesWithEllipses() {
    String text = "word ".repeat(60) + "Western Azerbaijan Community" + " word".repeat(60);
    int start = text.indexOf("Western");

    String snippet = Snippets.around(text, start, start + "Western Azerbaijan Community".length());

    assertThat(snippet).startsWith("… word").endsWith("word …").contains(" Western Azerbaijan Community ");
  }
}
