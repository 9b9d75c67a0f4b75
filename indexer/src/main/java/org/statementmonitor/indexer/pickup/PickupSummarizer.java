package org.statementmonitor.indexer.pickup;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.indexer.mapping.IndexLayout;

/**
 * Brings the pickup fields of originals ({@code pickups.copy_count}, {@code pickups.outlets}, {@code
 * pickups.first_pickup}, {@code pickups.latest_pickup}) up to date, without scripts (the minimal
 * distribution has no painless).
 *
 * <p>Each copy is its own document (id = the copy's statement id, {@code duplicate.original_id}
 * pointing at the original), so the set of copies is idempotent under replays by construction. The
 * summary is an aggregation over that set, written to the original with a partial update (all of a
 * round's originals in one bulk request) guarded by
 * the original's {@code _seq_no}/{@code _primary_term}: when two indexers summarise the same original
 * concurrently, the one that read a stale version gets a conflict and summarises again, so the last
 * write always reflects every copy visible at its read. Before a summary is computed the indices are
 * refreshed, so copies just acknowledged are visible to the aggregation; {@link PickupWorker} decides
 * when a refresh is needed.
 */
public final class PickupSummarizer {

  private static final Logger LOG = LoggerFactory.getLogger(PickupSummarizer.class);
  private static final int MAX_OUTLETS = 100;

  private final ElasticsearchClient client;
  private final LongAdder refreshes = new LongAdder();

  /** A summarizer using the given (synchronous) client. */
  public PickupSummarizer(ElasticsearchClient client) {
    this.client = client;
  }

  /** What a summary pass found: originals changed concurrently, and originals not in the index. */
  public record Result(Set<String> conflicts, Set<String> missing) {
    public Result {
      conflicts = Set.copyOf(conflicts);
      missing = Set.copyOf(missing);
    }
  }

  /**
   * Makes every acknowledged document of the statements indices visible to search. Costly while
   * Elasticsearch is indexing (it cuts a segment per shard), so a round does it only when it has
   * copies, or originals that have copies, to summarise.
   */
  public void refresh() throws IOException {
    client.indices().refresh(r -> r.index(IndexLayout.STATEMENTS_ALIAS).ignoreUnavailable(true)
        .allowNoIndices(true));
    refreshes.increment();
  }

  /** Refreshes made so far. */
  public long refreshes() {
    return refreshes.sum();
  }

  /**
   * Which of {@code originalIds} have at least one copy visible to search now, without a refresh:
   * one aggregation over the copies, so an original with no copies costs no refresh and no write.
   */
  public Set<String> withCopies(Collection<String> originalIds) throws IOException {
    return new HashSet<>(aggregate(originalIds).keySet());
  }

  /**
   * Summarises the copies of each original and writes the summaries; the caller has {@link
   * #refresh() refreshed} after the documents concerned were acknowledged. Originals not indexed
   * (yet) are skipped and reported missing (their own indexing will summarise them); originals with
   * no copies are left as they are.
   *
   * @return the originals whose update hit a concurrent write and must be summarised again, and the
   *     originals that were not found
   * @throws IOException when Elasticsearch cannot be reached; the caller retries the whole round
   */
  public Result summarizeRefreshed(Collection<String> originalIds) throws IOException {
    if (originalIds.isEmpty()) {
      return new Result(Set.of(), Set.of());
    }
    Map<String, Hit<Void>> originals = locate(originalIds);
    Set<String> missing = new HashSet<>(originalIds);
    missing.removeAll(originals.keySet());
    Map<String, PickupSummary> summaries = aggregate(originals.keySet());
    Set<String> conflicts = new HashSet<>();
    if (summaries.isEmpty()) {
      return new Result(conflicts, missing);
    }
    // one bulk request for the round: a round can have hundreds of originals to update
    List<PickupSummary> written = new ArrayList<>(summaries.values());
    BulkRequest.Builder bulk = new BulkRequest.Builder();
    for (PickupSummary summary : written) {
      Hit<Void> hit = originals.get(summary.originalId());
      bulk.operations(o -> o.update(u -> u.index(hit.index()).id(hit.id()).ifSeqNo(hit.seqNo())
          .ifPrimaryTerm(hit.primaryTerm()).action(a -> a.doc(document(summary)))));
    }
    BulkResponse response = client.bulk(bulk.build());
    List<BulkResponseItem> items = response.items();
    for (int i = 0; i < written.size(); i++) {
      PickupSummary summary = written.get(i);
      BulkResponseItem item = i < items.size() ? items.get(i) : null;
      int status = item == null ? 0 : item.status();
      if (item != null && item.error() == null && status < 300) {
        LOG.debug("original {}: {} copies from {}", summary.originalId(), summary.copyCount(),
            summary.outlets());
      } else if (status == 404) {
        LOG.debug("original {} vanished before its summary was written", summary.originalId());
        missing.add(summary.originalId());
      } else {
        // 409: changed since it was read; anything else: not written. Either way the next round
        // summarises it again from the index
        if (status != 409) {
          LOG.warn("pickups of {} not written (status {}): {}, retrying", summary.originalId(), status,
              item == null || item.error() == null ? "no item" : item.error().reason());
        }
        conflicts.add(summary.originalId());
      }
    }
    return new Result(conflicts, missing);
  }

  /** Finds where each original lives (its monthly index) with its sequence number. */
  private Map<String, Hit<Void>> locate(Collection<String> ids) throws IOException {
    List<String> idList = new ArrayList<>(ids);
    SearchResponse<Void> found = client.search(s -> s.index(IndexLayout.STATEMENTS_ALIAS)
        .ignoreUnavailable(true).allowNoIndices(true)
        .query(q -> q.ids(i -> i.values(idList)))
        .source(src -> src.fetch(false))
        .seqNoPrimaryTerm(true)
        .size(idList.size()), Void.class);
    Map<String, Hit<Void>> result = new HashMap<>();
    for (Hit<Void> hit : found.hits().hits()) {
      result.put(hit.id(), hit);
    }
    return result;
  }

  /** The summary of every original among {@code ids} that has at least one copy. */
  Map<String, PickupSummary> aggregate(Collection<String> ids) throws IOException {
    Map<String, PickupSummary> result = new HashMap<>();
    if (ids.isEmpty()) {
      return result;
    }
    List<FieldValue> values = ids.stream().map(FieldValue::of).toList();
    SearchResponse<Void> response = client.search(s -> s.index(IndexLayout.STATEMENTS_ALIAS)
        .ignoreUnavailable(true).allowNoIndices(true)
        .size(0)
        .query(q -> q.bool(b -> b
            .filter(f -> f.terms(t -> t.field("duplicate.original_id").terms(tv -> tv.value(values))))
            .filter(f -> f.term(t -> t.field("duplicate.is_original").value(false)))))
        .aggregations("originals", a -> a
            .terms(t -> t.field("duplicate.original_id").size(ids.size()))
            .aggregations("outlets", o -> o.terms(t -> t.field("source.name").size(MAX_OUTLETS)))
            .aggregations("first", o -> o.min(m -> m.field("published")))
            .aggregations("latest", o -> o.max(m -> m.field("published")))), Void.class);
    Aggregate originals = response.aggregations().get("originals");
    for (StringTermsBucket bucket : originals.sterms().buckets().array()) {
      List<String> outlets = bucket.aggregations().get("outlets").sterms().buckets().array().stream()
          .map(b -> b.key().stringValue()).sorted().toList();
      String id = bucket.key().stringValue();
      result.put(id, new PickupSummary(id, bucket.docCount(), outlets,
          instant(bucket.aggregations().get("first").min().value()),
          instant(bucket.aggregations().get("latest").max().value())));
    }
    return result;
  }

  private static Instant instant(double epochMillis) {
    return Double.isFinite(epochMillis) ? Instant.ofEpochMilli((long) epochMillis) : null;
  }

  static ObjectNode document(PickupSummary summary) {
    ObjectNode doc = JsonNodeFactory.instance.objectNode();
    ObjectNode pickups = doc.putObject("pickups");
    pickups.put("copy_count", summary.copyCount());
    var outlets = pickups.putArray("outlets");
    summary.outlets().forEach(outlets::add);
    pickups.put("first_pickup", summary.firstPickup() == null ? null : summary.firstPickup().toString());
    pickups.put("latest_pickup", summary.latestPickup() == null ? null : summary.latestPickup().toString());
    return doc;
  }
}
