package org.statementmonitor.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.statementmonitor.common.event.DuplicateInfo;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.json.Json;
import org.statementmonitor.indexer.StatementFixture;
import org.statementmonitor.indexer.client.ElasticsearchClients;
import org.statementmonitor.indexer.decode.Decoded;
import org.statementmonitor.indexer.decode.IndexRequest;
import org.statementmonitor.indexer.decode.RecordDecoder;
import org.statementmonitor.indexer.mapping.IndexLayout;
import org.statementmonitor.indexer.mapping.IndexTemplates;
import org.statementmonitor.testkit.elasticsearch.ElasticsearchExtension;
import org.statementmonitor.testkit.elasticsearch.ElasticsearchNode;
import co.elastic.clients.util.BinaryData;

/**
 * The query layer against the real node, over documents mapped exactly as the indexer maps them:
 * words with highlighting, entity, source and date filters, top entities, copies of a statement.
 */
@ExtendWith(ElasticsearchExtension.class)
class StatementSearchIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String NGO = "caspian-heritage-" + RUN;
  private static final String NEWS = "daily-herald-" + RUN;
  private static ElasticsearchClient client;
  private static StatementSearch search;

  @BeforeAll
  static void indexFixtures(ElasticsearchNode node) throws IOException {
    client = ElasticsearchClients.create(node.settings());
    IndexTemplates.install(client, 0, "1s", Instant.now());
    search = new StatementSearch(client);
    String appeal = "appeal-" + RUN;
    List<EnrichedStatement> statements = List.of(
        StatementFixture.enriched(appeal, "Appeal on the missing individuals", StatementFixture.APPEAL_TEXT, NGO,
            Instant.parse("2024-03-15T08:00:00Z"), DuplicateInfo.original(appeal)),
        StatementFixture.repost("repost-" + RUN, appeal, NEWS, Instant.parse("2024-03-16T10:00:00Z")),
        StatementFixture.enriched("letter-" + RUN, "Letter on landmine clearance",
            "The Caspian Heritage Union wrote to the Secretary-General about landmines near Baku.", NGO,
            Instant.parse("2024-05-02T08:00:00Z"), DuplicateInfo.original("letter-" + RUN)));
    RecordDecoder decoder = new RecordDecoder(1 << 24, 1 << 22, 5000, java.time.Clock.systemUTC());
    BulkRequest.Builder bulk = new BulkRequest.Builder();
    for (EnrichedStatement s : statements) {
      IndexRequest r = ((Decoded.Accepted) decoder.decode("monitor.statements.enriched", Json.toBytes(s))).request();
      bulk.operations(o -> o.index(i -> i.index(r.index()).id(r.id())
          .document(BinaryData.of(r.source(), "application/json"))));
    }
    assertThat(client.bulk(bulk.refresh(co.elastic.clients.elasticsearch._types.Refresh.True).build()).errors())
        .isFalse();
  }

  @AfterAll
  static void close() {
    ElasticsearchClients.close(client);
  }

  @Test
  void shouldFindStatementsByWordsWithHighlights() throws IOException {
    SearchPage page = search.search(StatementQuery.all().withText("\"missing individuals\"").withSource(NGO));

    assertThat(page.total()).isEqualTo(1);
    StatementHit hit = page.hits().get(0);
    assertThat(hit.id()).isEqualTo("appeal-" + RUN);
    assertThat(hit.highlights().get("text")).anySatisfy(f -> assertThat(f).contains("<em>missing individuals</em>"));
  }

  @Test
  void shouldFilterByEntityAndPublishedRange() throws IOException {
    StatementQuery query = StatementQuery.all().withEntity("org", "Caspian Heritage Union")
        .publishedBetween(Instant.parse("2024-03-01T00:00:00Z"), Instant.parse("2024-04-01T00:00:00Z"));

    List<String> ids = search.search(query).hits().stream().map(StatementHit::id).toList();

    assertThat(ids).contains("appeal-" + RUN, "repost-" + RUN).doesNotContain("letter-" + RUN);
  }

  @Test
  void shouldCountTopEntitiesForQuery() throws IOException {
    List<EntityCount> places = search.topEntities("loc", StatementQuery.all().withSource(NGO), 5);

    assertThat(places).contains(new EntityCount("Baku", 2));
  }

  @Test
  void shouldListCopiesOfStatement() throws IOException {
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(search.copiesOf("appeal-" + RUN)).extracting(StatementHit::id).containsExactly("repost-" + RUN));
    assertThat(search.copiesOf("appeal-" + RUN).get(0).source()).isEqualTo(NEWS);
  }

  @Test
  void shouldReadThroughTheAlias() throws IOException {
    assertThat(client.indices().getAlias(a -> a.name(IndexLayout.STATEMENTS_ALIAS)).aliases())
        .containsKeys("statements-2024.03", "statements-2024.05");
  }
}
