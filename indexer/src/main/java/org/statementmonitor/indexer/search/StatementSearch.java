package org.statementmonitor.indexer.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.statementmonitor.indexer.mapping.IndexLayout;

/**
 * Searches the statements alias: by words with highlighting, by entity, source and published range;
 * the top entities of a type among the statements a query finds; the copies of a statement. Thread-safe;
 * the caller owns the client.
 *
 * <pre>{@code
 * StatementSearch search = new StatementSearch(client);
 * SearchPage page = search.search(StatementQuery.all()
 *     .withText("\"missing individuals\"")
 *     .withEntity("org", "Western Azerbaijan Community")
 *     .publishedBetween(Instant.parse("2023-01-01T00:00:00Z"), null));
 * List<EntityCount> people = search.topEntities("person", StatementQuery.all().withText("landmines"), 10);
 * List<StatementHit> copies = search.copiesOf(page.hits().get(0).id());
 * }</pre>
 */
public final class StatementSearch {

  private static final List<String> SUMMARY_FIELDS = List.of("id", "title", "url", "source.name",
      "published", "language", "duplicate.status", "duplicate.original_id");

  private final ElasticsearchClient client;

  /** A search over {@code client}. */
  public StatementSearch(ElasticsearchClient client) {
    this.client = client;
  }

  /** The statements matching {@code query}, with highlighted fragments of title and text. */
  public SearchPage search(StatementQuery query) throws IOException {
    SearchResponse<JsonNode> response = client.search(s -> s.index(IndexLayout.STATEMENTS_ALIAS)
        .query(toQuery(query))
        .size(query.size())
        .trackTotalHits(t -> t.enabled(true))
        .source(src -> src.filter(f -> f.includes(SUMMARY_FIELDS)))
        .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
        .sort(o -> o.field(f -> f.field("published").order(SortOrder.Desc).missing("_last")))
        .highlight(h -> h.preTags("<em>").postTags("</em>")
            .fields(NamedValue.of("title", HighlightField.of(f -> f.numberOfFragments(0))),
                NamedValue.of("text", HighlightField.of(f -> f.fragmentSize(160).numberOfFragments(3))))),
        JsonNode.class);
    List<StatementHit> hits = new ArrayList<>();
    for (Hit<JsonNode> hit : response.hits().hits()) {
      hits.add(toHit(hit));
    }
    long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
    return new SearchPage(total, hits);
  }

  /** The {@code size} entities of a type mentioned by most of the statements {@code query} finds. */
  public List<EntityCount> topEntities(String type, StatementQuery query, int size) throws IOException {
    String field = "entities." + new StatementQuery(null, type, null, null, null, null, 0).entityType();
    SearchResponse<Void> response = client.search(s -> s.index(IndexLayout.STATEMENTS_ALIAS)
        .query(toQuery(query))
        .size(0)
        .aggregations("top", a -> a.terms(t -> t.field(field).size(size))), Void.class);
    return response.aggregations().get("top").sterms().buckets().array().stream()
        .map(b -> new EntityCount(b.key().stringValue(), b.docCount()))
        .toList();
  }

  /** The exact and near copies of a statement (its pickups), oldest first. */
  public List<StatementHit> copiesOf(String statementId) throws IOException {
    SearchResponse<JsonNode> response = client.search(s -> s.index(IndexLayout.STATEMENTS_ALIAS)
        .query(q -> q.bool(b -> b
            .filter(f -> f.term(t -> t.field("duplicate.original_id").value(statementId)))
            .filter(f -> f.term(t -> t.field("duplicate.is_original").value(false)))))
        .size(1000)
        .source(src -> src.filter(f -> f.includes(SUMMARY_FIELDS)))
        .sort(o -> o.field(f -> f.field("published").order(SortOrder.Asc).missing("_last"))), JsonNode.class);
    return response.hits().hits().stream().map(StatementSearch::toHit).toList();
  }

  static Query toQuery(StatementQuery query) {
    return Query.of(q -> q.bool(b -> {
      if (query.text() != null && !query.text().isBlank()) {
        b.must(m -> m.simpleQueryString(sq -> sq.query(query.text())
            .fields("title^2", "lead^1.5", "text")
            .defaultOperator(Operator.And)));
      }
      if (query.entityType() != null && query.entityName() != null) {
        b.filter(f -> f.term(t -> t.field("entities." + query.entityType())
            .value(FieldValue.of(query.entityName()))));
      }
      if (query.source() != null) {
        b.filter(f -> f.term(t -> t.field("source.name").value(query.source())));
      }
      if (query.from() != null || query.to() != null) {
        b.filter(f -> f.range(r -> r.date(d -> {
          d.field("published");
          if (query.from() != null) {
            d.gte(query.from().toString());
          }
          if (query.to() != null) {
            d.lt(query.to().toString());
          }
          return d;
        })));
      }
      return b;
    }));
  }

  private static StatementHit toHit(Hit<JsonNode> hit) {
    JsonNode src = hit.source();
    return new StatementHit(hit.id(), text(src, "title"), text(src, "url"),
        src == null ? null : text(src.path("source"), "name"),
        src == null || !src.hasNonNull("published") ? null : Instant.parse(src.get("published").asText()),
        text(src, "language"),
        src == null ? null : text(src.path("duplicate"), "status"),
        src == null ? null : text(src.path("duplicate"), "original_id"),
        hit.highlight());
  }

  private static String text(JsonNode node, String field) {
    return node == null || !node.hasNonNull(field) ? null : node.get(field).asText();
  }
}
