package org.statementmonitor.alerts.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementDocumentsTest {

  @Test
  void shouldCollapseWhitespaceExactlyLikeTheRegularExpressionItReplaces() {
    List<String> values = List.of("Western Azerbaijan Community", "  United\tNations  ", "State\n\nCommission",
        "a \u000B b\f\rc", "Bakú", "   ", "x", "two  spaces", "end ", "\u00A0no-break\u00A0 space\u00A0",
        "line\r\nbreak  and\t\ttabs");
    for (String value : values) {
      assertThat(StatementDocuments.collapseWhitespace(value)).as("[%s]", value)
          .isEqualTo(value.strip().replaceAll("\\s+", " "));
    }
  }

  @Test
  void shouldReturnTheValueItselfWhenNothingChanges() {
    String value = "Western Azerbaijan Community";

    assertThat(StatementDocuments.collapseWhitespace(value)).isSameAs(value);
  }
}
