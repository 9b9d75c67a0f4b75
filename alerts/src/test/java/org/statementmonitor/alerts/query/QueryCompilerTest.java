package org.statementmonitor.alerts.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

class QueryCompilerTest {

  private final QueryCompiler compiler = QueryCompiler.withDefaults();

  @Test
  void shouldKeepAQuotedEntityNameAsOneLowerCasedValue() throws Exception {
    Query q = compiler.compile("entity.org:\"Western Azerbaijan Community\" AND NOT source.tags:state-media");

    assertThat(q.toString())
        .isEqualTo("+entity.org:western azerbaijan community -source.tags:state-media");
  }

  @Test
  void shouldSearchTitleAndTextForATermWithNoField() throws Exception {
    assertThat(compiler.compile("Deportation").toString()).isEqualTo("title:deportation text:deportation");
  }

  @Test
  void shouldFoldAccentsInTextAndValues() throws Exception {
    assertThat(compiler.compile("text:Bakú entity.loc:\"Khankəndi\"").toString())
        .isEqualTo("text:baku entity.loc:khankandi");
  }

  @Test
  void shouldRefuseAMalformedRegularExpressionAsASyntaxError() {
    assertThatThrownBy(() -> compiler.compile("text:/ab{x/"))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageStartingWith("query syntax error: ");
  }

  @Test
  void shouldReadOnlyExclusionsAsEverythingExcept() throws Exception {
    Query q = compiler.compile("NOT source.tags:state-media");

    assertThat(q.toString()).isEqualTo("+*:* -source.tags:state-media");
    assertThat(QueryCompiler.matchesEverything(q)).isTrue();
  }

  @Test
  void shouldRecogniseQueriesThatMatchEverything() throws Exception {
    assertThat(QueryCompiler.matchesEverything(compiler.compile("*:*"))).isTrue();
    assertThat(QueryCompiler.matchesEverything(compiler.compile("*:* OR appeal"))).isTrue();
    assertThat(QueryCompiler.matchesEverything(compiler.compile("appeal"))).isFalse();
    assertThat(QueryCompiler.matchesEverything(compiler.compile("*:* AND appeal"))).isFalse();
  }

  @Test
  void shouldGiveTheLineAndColumnOfASyntaxError() {
    assertThatThrownBy(() -> compiler.compile("title:appeal AND"))
        .isInstanceOfSatisfying(QuerySyntaxException.class, e -> {
          assertThat(e.line()).isEqualTo(1);
          assertThat(e.column()).isGreaterThan(0);
          assertThat(e.getMessage()).startsWith("query syntax error:");
        });
    assertThatThrownBy(() -> compiler.compile("entity.org:\"unterminated"))
        .isInstanceOfSatisfying(QuerySyntaxException.class, e -> assertThat(e.line()).isEqualTo(1));
  }

  @Test
  void shouldRefuseAFieldStatementsDoNotHave() {
    assertThatThrownBy(() -> compiler.compile("organisation:UN"))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining("unknown field 'organisation'")
        .hasMessageContaining("entity.org");
  }
}
