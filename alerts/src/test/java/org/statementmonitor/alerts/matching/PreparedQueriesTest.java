package org.statementmonitor.alerts.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.statementmonitor.alerts.query.FieldAnalyzers;
import org.statementmonitor.alerts.query.QueryCompiler;

class PreparedQueriesTest {

  private final QueryCompiler compiler = QueryCompiler.withDefaults();

  @Test
  void shouldKeepTheRewriteOfTermsPhrasesAndBooleansButNotOfQueriesThatReadTheIndex() throws Exception {
    assertThat(PreparedQueries.readsNoIndex(compile("entity.org:\"Western Azerbaijan Community\" AND NOT source.tags:state-media")))
        .isTrue();
    assertThat(PreparedQueries.readsNoIndex(compile("\"safe return\"~2 OR kind:appeal^2"))).isTrue();
    assertThat(PreparedQueries.readsNoIndex(compile("*:*"))).isTrue();
    assertThat(PreparedQueries.readsNoIndex(compile("entity.org:Western* AND kind:appeal"))).isFalse();
    assertThat(PreparedQueries.readsNoIndex(compile("text:/miss+ing/"))).isFalse();
    assertThat(PreparedQueries.readsNoIndex(compile("text:treaty~1"))).isFalse();
    assertThat(PreparedQueries.readsNoIndex(compile("kind:[letter TO report]"))).isFalse();
  }

  @Test
  void shouldRewriteAQueryOnceAndForgetItWhenTheRulesChange() throws Exception {
    PreparedQueries prepared = new PreparedQueries();
    IndexSearcher searcher = new MemoryIndex().createSearcher();
    Query phrase = compile("\"peace talks\" AND NOT kind:article");
    Query wildcard = compile("text:deport*");

    Query first = prepared.rewrite(searcher, phrase);
    Query again = prepared.rewrite(searcher, phrase);
    prepared.rewrite(searcher, wildcard);

    assertThat(again).isSameAs(first);
    assertThat(prepared.size()).isEqualTo(1);
    prepared.clear();
    assertThat(prepared.size()).isZero();
  }

  private Query compile(String text) throws Exception {
    return compiler.compile(text);
  }
}
