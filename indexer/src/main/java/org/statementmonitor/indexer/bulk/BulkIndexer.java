package org.statementmonitor.indexer.bulk;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.util.BinaryData;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.indexer.IndexerConfig;
import org.statementmonitor.indexer.decode.IndexRequest;

/**
 * Sends documents to Elasticsearch through the client's {@link BulkIngester}: batches by count, bytes
 * and time, with a bounded number of requests in flight. Each operation carries its {@link
 * PendingRecord} (the Kafka partition and offset) as context, and each item of each bulk response is
 * settled on its own: acknowledged, or failed with a {@link Failure} class and the reason. The
 * ingester's own retries are off: retries are the consumer thread's decision, so it can pause
 * consumption while Elasticsearch is slow or down.
 */
public final class BulkIndexer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(BulkIndexer.class);
  private static final String JSON = "application/json";

  private final BulkIngester<PendingRecord> ingester;
  private final Consumer<Settlement> settlements;
  private final Timer latency;
  private final Map<Long, Long> started = new ConcurrentHashMap<>();

  /** An indexer sending to {@code client} and reporting each outcome to {@code settlements}. */
  public BulkIndexer(ElasticsearchAsyncClient client, IndexerConfig config, Consumer<Settlement> settlements,
      MeterRegistry registry) {
    this.settlements = settlements;
    this.latency = Timer.builder("monitor.indexer.bulk.latency")
        .description("Time from sending a bulk request to its response")
        .register(registry);
    this.ingester = BulkIngester.of(b -> b
        .client(client)
        .maxOperations(config.bulkActions())
        .maxSize(config.bulkBytes())
        .maxConcurrentRequests(config.maxInFlightRequests())
        .flushInterval(config.flushIntervalMs(), TimeUnit.MILLISECONDS)
        .listener(new Listener()));
  }

  /** Queues the record's document; may block while the maximum of requests is in flight. */
  public void submit(PendingRecord record) {
    IndexRequest r = record.request();
    BulkOperation op = BulkOperation.of(o -> o.index(i -> i
        .index(r.index())
        .id(r.id())
        .document(BinaryData.of(r.source(), JSON))));
    ingester.add(op, record);
  }

  /**
   * Sends the record's document in a bulk request of its own (what is buffered goes first, in another
   * request), to find out whether a request refused as a whole was refused because of this document.
   */
  public void submitAlone(PendingRecord record) {
    ingester.flush();
    submit(record);
    ingester.flush();
  }

  /** Sends what is buffered now. */
  public void flush() {
    ingester.flush();
  }

  /** Bulk requests in flight. */
  public int inFlightRequests() {
    return ingester.pendingRequests();
  }

  /** Operations buffered, not yet sent. */
  public int bufferedOperations() {
    return ingester.pendingOperations();
  }

  /** Flushes and waits for every request in flight. */
  @Override
  public void close() {
    ingester.close();
  }

  private final class Listener implements BulkListener<PendingRecord> {
    @Override
    public void beforeBulk(long executionId, BulkRequest request, List<PendingRecord> contexts) {
      started.put(executionId, System.nanoTime());
      LOG.debug("bulk {}: sending {} operations", executionId, contexts.size());
    }

    @Override
    public void afterBulk(long executionId, BulkRequest request, List<PendingRecord> contexts,
        BulkResponse response) {
      record(executionId);
      List<BulkResponseItem> items = response.items();
      for (int i = 0; i < contexts.size(); i++) {
        PendingRecord record = contexts.get(i);
        BulkResponseItem item = i < items.size() ? items.get(i) : null;
        if (item == null) {
          settlements.accept(new Settlement.Failed(record, Failure.RETRY_LIMITED, 0,
              "bulk response has no item for this operation"));
        } else if (item.error() == null && item.status() < 300) {
          settlements.accept(new Settlement.Indexed(record));
        } else {
          String reason = item.error() == null ? "status " + item.status()
              : item.error().type() + ": " + item.error().reason();
          settlements.accept(new Settlement.Failed(record, ErrorClassifier.ofItemStatus(item.status()),
              item.status(), reason));
        }
      }
    }

    @Override
    public void afterBulk(long executionId, BulkRequest request, List<PendingRecord> contexts,
        Throwable failure) {
      record(executionId);
      Failure kind = ErrorClassifier.ofRequest(failure);
      if (kind == Failure.RETRY_LIMITED && contexts.size() == 1) {
        // the request was refused with only this document in it: the document is the cause
        kind = Failure.PERMANENT;
      }
      if (kind == Failure.RETRY_FOREVER) {
        // Elasticsearch busy or down: the consumer pauses and says so once; no warning per request
        LOG.debug("bulk {} of {} operations failed ({}): {}", executionId, contexts.size(), kind, failure.toString());
      } else {
        LOG.warn("bulk {} of {} operations failed ({}): {}", executionId, contexts.size(), kind,
            failure.toString());
      }
      for (PendingRecord record : contexts) {
        settlements.accept(new Settlement.Failed(record, kind, 0, "bulk request of " + contexts.size()
            + " operations failed: " + failure));
      }
    }

    private void record(long executionId) {
      Long start = started.remove(executionId);
      if (start != null) {
        latency.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
      }
    }
  }
}
