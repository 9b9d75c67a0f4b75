package org.statementmonitor.ingest.poll;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.common.logging.StatementMdc;
import org.statementmonitor.common.deadletter.DeadLetters;
import org.statementmonitor.common.event.Statement;
import org.statementmonitor.common.json.Json;
import org.statementmonitor.ingest.extract.DocumentExtractor;
import org.statementmonitor.ingest.extract.ExtractedDocument;
import org.statementmonitor.ingest.extract.ExtractionException;
import org.statementmonitor.ingest.fetch.FetchException;
import org.statementmonitor.ingest.fetch.FetchResponse;
import org.statementmonitor.ingest.fetch.HttpFetcher;
import org.statementmonitor.ingest.publish.StatementPublisher;
import org.statementmonitor.ingest.seen.SeenEntry;
import org.statementmonitor.ingest.seen.SeenState;
import org.statementmonitor.ingest.seen.StatementIds;
import org.statementmonitor.ingest.source.SourceItem;

/**
 * Turns one source item into at most one raw statement: derives its seen key and id, skips what is
 * known and unchanged, fetches the linked page (conditionally when known), extracts the text, compares
 * the content hash with the seen state, and publishes a new statement (version 1), an update (version
 * n+1, {@code update=true}) or nothing. A failure is logged with its reason, counted, dead-lettered the
 * first time this process meets it, and never stops the other items. Thread-safe.
 */
public final class ItemProcessor {

  /** What became of an item. */
  public enum Outcome { NEW, UPDATED, UNCHANGED, SKIPPED, FAILED }

  /** Result of processing: the outcome and, when produced, the statement. */
  public record Result(Outcome outcome, Statement statement, String reason) {}

  private static final Logger LOG = LoggerFactory.getLogger(ItemProcessor.class);
  private static final String STAGE = "ingest.item";
  private static final int MAX_REMEMBERED = 100_000;

  private final HttpFetcher fetcher;
  private final DocumentExtractor extractor;
  private final SeenState seen;
  private final StatementPublisher publisher;
  private final IngestMetrics metrics;
  private final Duration recheckInterval;
  private final Map<String, Instant> lastChecked = new ConcurrentHashMap<>();
  private final Set<String> deadLettered = ConcurrentHashMap.newKeySet();

  public ItemProcessor(HttpFetcher fetcher, DocumentExtractor extractor, SeenState seen,
      StatementPublisher publisher, IngestMetrics metrics, Duration recheckInterval) {
    this.fetcher = fetcher;
    this.extractor = extractor;
    this.seen = seen;
    this.publisher = publisher;
    this.metrics = metrics;
    this.recheckInterval = recheckInterval;
  }

  /** The seen key of an item from a source, or null when it has nothing to identify it by. */
  public static String keyOf(SourceContext source, SourceItem item) {
    if (item.link() != null) {
      return StatementIds.urlKey(item.link());
    }
    String scope = source.url() == null ? source.name() : StatementIds.urlKey(source.url());
    if (item.guid() != null) {
      return StatementIds.guidKey(scope, item.guid());
    }
    if (item.title() != null && item.summary() != null) {
      return StatementIds.guidKey(scope, "title:" + item.title());
    }
    return null;
  }

  /** Processes an item; never throws except when interrupted. */
  public Result process(SourceContext source, SourceItem item) throws InterruptedException {
    String key = keyOf(source, item);
    if (key == null) {
      return fail(source, item, null, "no-identity", "item has neither link, GUID nor title with text", null);
    }
    String id = StatementIds.idOf(key);
    if (!seen.claim(id)) {
      return new Result(Outcome.SKIPPED, null, "in-flight");
    }
    try (StatementMdc.Scope ignored = StatementMdc.of(id)) {
      SeenEntry previous = seen.get(id);
      if (previous != null && !dueForRecheck(id, previous, item)) {
        return new Result(Outcome.SKIPPED, null, "known");
      }
      return produce(source, item, key, id, previous);
    } catch (FetchException e) {
      return fail(source, item, id, e.reason().tag(), e.getMessage(), e);
    } catch (ExtractionException e) {
      return fail(source, item, id, e.reason(), e.getMessage(), e);
    } catch (ExecutionException e) {
      return fail(source, item, id, "publish-failed", String.valueOf(e.getCause()), e.getCause());
    } catch (RuntimeException e) {
      return fail(source, item, id, "unexpected", e.toString(), e);
    } finally {
      seen.release(id);
    }
  }

  private boolean dueForRecheck(String id, SeenEntry previous, SourceItem item) {
    if (item.updated() != null && previous.seenAt() != null && item.updated().isAfter(previous.seenAt())) {
      return true;
    }
    if (item.link() == null && item.content() == null && item.file() == null) {
      return true; // feed-only text is free to compare
    }
    if (item.content() != null && item.updated() == null) {
      return true;
    }
    Instant last = lastChecked.getOrDefault(id, previous.seenAt() == null ? Instant.EPOCH : previous.seenAt());
    return Duration.between(last, Instant.now()).compareTo(recheckInterval) >= 0;
  }

  private Result produce(SourceContext source, SourceItem item, String key, String id, SeenEntry previous)
      throws FetchException, ExtractionException, InterruptedException, ExecutionException {
    ExtractedDocument doc = null;
    String url = item.link();
    String etag = null;
    String lastModified = null;
    if (item.content() != null) {
      doc = extractor.extract(item.content(), item.contentType(), item.guid());
    } else if (item.file() != null) {
      doc = extractor.extract(item.file(), item.contentType());
    } else if (item.link() != null) {
      HttpFetcher.Options options = HttpFetcher.Options.of(source.allowPrivate());
      if (previous != null) {
        options = options.withValidators(previous.etag(), previous.lastModified());
      }
      long start = System.nanoTime();
      FetchResponse response = fetcher.fetch(URI.create(item.link()), options);
      metrics.fetchLatency(source.name(), Duration.ofNanos(System.nanoTime() - start));
      remember(id);
      if (response.notModified()) {
        metrics.unchanged(source.name());
        return new Result(Outcome.UNCHANGED, null, "not-modified");
      }
      metrics.fetched(source.name());
      url = response.uri().toString();
      etag = response.etag();
      lastModified = response.lastModified();
      doc = extractor.extract(response);
    }
    String text = doc == null || doc.text().isBlank() ? item.summary() : doc.text();
    if (text == null || text.isBlank()) {
      throw new ExtractionException("empty-text", "no text in the item or its page", null);
    }
    String hash = StatementIds.contentHash(text);
    remember(id);
    if (previous != null && hash.equals(previous.contentHash())) {
      metrics.unchanged(source.name());
      return new Result(Outcome.UNCHANGED, null, "same-content");
    }
    if (doc != null && doc.canonicalUrl() != null && doc.canonicalUrl().startsWith("http")) {
      url = doc.canonicalUrl();
    }
    int version = previous == null ? 1 : previous.version() + 1;
    Instant now = Instant.now();
    Statement statement = new Statement(Statement.SCHEMA_VERSION, id, version, previous != null, url,
        source.source(), firstNonNull(item.title(), doc == null ? null : doc.title()),
        item.authors().isEmpty() && doc != null ? doc.authors() : item.authors(),
        firstNonNull(item.published(), doc == null ? null : doc.published(), item.updated()), now,
        doc == null ? "text/plain" : doc.contentType(), text, metadata(item, doc, key), hash);
    SeenEntry entry = new SeenEntry(id, key, url, hash, version, etag, lastModified, now);
    publisher.publish(statement, entry).get();
    if (previous == null) {
      source.status().produced.incrementAndGet();
    } else {
      source.status().updated.incrementAndGet();
    }
    metrics.produced(source.name(), previous != null);
    LOG.debug("produced {} v{} from {} ({})", id, version, source.name(), url);
    return new Result(previous == null ? Outcome.NEW : Outcome.UPDATED, statement, null);
  }

  private void remember(String id) {
    if (lastChecked.size() > MAX_REMEMBERED) {
      lastChecked.clear();
    }
    lastChecked.put(id, Instant.now());
  }

  private static Map<String, String> metadata(SourceItem item, ExtractedDocument doc, String key) {
    Map<String, String> m = new LinkedHashMap<>();
    if (doc != null) {
      m.putAll(doc.metadata());
    }
    if (item.guid() != null) {
      m.put("guid", item.guid());
    }
    if (item.link() != null) {
      m.put("link", item.link());
    }
    m.put("seenKey", key);
    return m;
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private Result fail(SourceContext source, SourceItem item, String id, String reason, String message, Throwable error)
      throws InterruptedException {
    metrics.failed(source.name(), reason);
    source.status().failed.incrementAndGet();
    String where = item.link() != null ? item.link() : String.valueOf(item.guid());
    String letterKey = id != null ? id : where;
    if (deadLettered.size() > MAX_REMEMBERED) {
      deadLettered.clear();
    }
    if (!deadLettered.add(letterKey + "|" + reason)) {
      LOG.debug("item {} of source {} failed again ({}): {}", where, source.name(), reason, message);
    } else {
      LOG.warn("item {} of source {} failed ({}), dead-lettered: {}", where, source.name(),
          reason, message);
      Map<String, Object> value = new LinkedHashMap<>();
      value.put("source", source.name());
      value.put("link", item.link());
      value.put("guid", item.guid());
      value.put("title", item.title());
      value.put("published", item.published() == null ? null : item.published().toString());
      value.values().removeIf(java.util.Objects::isNull);
      try {
        publisher.deadLetter(letterKey, DeadLetters.of(STAGE, letterKey, Json.toString(value),
            reason + ": " + message, error)).get();
      } catch (ExecutionException e) {
        LOG.error("cannot dead-letter item {}: {}", where, e.getCause().toString());
      }
    }
    return new Result(Outcome.FAILED, null, reason);
  }

  /** Items in the order a poll should take them: newest first, at most {@code max}. */
  public static List<SourceItem> newestFirst(List<SourceItem> items, int max) {
    List<SourceItem> sorted = new java.util.ArrayList<>(items);
    sorted.sort(java.util.Comparator.comparing((SourceItem i) -> i.published() != null ? i.published()
        : i.updated() != null ? i.updated() : Instant.EPOCH).reversed());
    return sorted.size() > max ? sorted.subList(0, max) : sorted;
  }
}
