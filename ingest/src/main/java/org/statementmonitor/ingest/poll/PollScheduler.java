package org.statementmonitor.ingest.poll;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.ingest.config.IngestConfig;
import org.statementmonitor.ingest.config.SourceConfig;
import org.statementmonitor.ingest.seen.SeenEntry;
import org.statementmonitor.ingest.publish.StatementPublisher;
import org.statementmonitor.ingest.source.SourceItem;

/**
 * Polls every source on its own interval, each poll on its own virtual thread and each item of a poll
 * on another, so hundreds of sources share one instance and a slow host delays only itself (per-host
 * politeness lives in the fetcher). A source whose poll fails is paused for its interval doubled per
 * consecutive failure, up to {@code maxSourceBackoff}; the others go on. {@link #update(List)} applies
 * a reloaded source list: new sources start, removed ones stop, changed ones restart.
 */
public final class PollScheduler implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PollScheduler.class);

  private record Running(SourceConfig config, SourceStatus status, ScheduledFuture<?>[] next) {}

  private final IngestConfig config;
  private final SourceLister lister;
  private final ItemProcessor processor;
  private final StatementPublisher publisher;
  private final IngestMetrics metrics;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
      Thread.ofPlatform().daemon().name("ingest-scheduler").factory());
  private final ExecutorService workers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("ingest-poll-", 0).factory());
  private final Map<String, Running> sources = new ConcurrentHashMap<>();
  private final Map<String, SourceStatus> statuses = new ConcurrentHashMap<>();

  public PollScheduler(IngestConfig config, SourceLister lister, ItemProcessor processor,
      StatementPublisher publisher, IngestMetrics metrics) {
    this.config = config;
    this.lister = lister;
    this.processor = processor;
    this.publisher = publisher;
    this.metrics = metrics;
  }

  /** Starts, stops and restarts sources so that exactly {@code wanted} are polled. */
  public synchronized void update(List<SourceConfig> wanted) {
    Map<String, SourceConfig> byName = new LinkedHashMap<>();
    wanted.forEach(s -> byName.put(s.name(), s));
    for (Running r : new ArrayList<>(sources.values())) {
      SourceConfig now = byName.get(r.config().name());
      if (now == null || !now.equals(r.config())) {
        stop(r);
      }
    }
    for (SourceConfig s : byName.values()) {
      if (!sources.containsKey(s.name())) {
        SourceStatus status = statuses.computeIfAbsent(s.name(), n -> {
          SourceStatus created = new SourceStatus(s.type());
          metrics.track(n, created);
          return created;
        });
        Running r = new Running(s, status, new ScheduledFuture<?>[1]);
        sources.put(s.name(), r);
        schedule(r, Duration.ZERO);
        LOG.info("watching source {} ({} {}) every {}", s.name(), s.type(), s.url() != null ? s.url() : s.path(),
            s.intervalOr(config.defaultInterval()));
      }
    }
  }

  private void stop(Running r) {
    sources.remove(r.config().name());
    ScheduledFuture<?> f = r.next()[0];
    if (f != null) {
      f.cancel(false);
    }
    lister.forget(r.config().name());
    LOG.info("stopped watching source {}", r.config().name());
  }

  private void schedule(Running r, Duration delay) {
    if (timer.isShutdown() || sources.get(r.config().name()) != r) {
      return;
    }
    r.status().scheduled(Instant.now().plus(delay));
    r.next()[0] = timer.schedule(() -> workers.submit(() -> pollAndReschedule(r)), delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void pollAndReschedule(Running r) {
    Duration interval = r.config().intervalOr(config.defaultInterval());
    try {
      poll(r);
      schedule(r, interval);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      String error = e.getMessage() == null ? e.toString() : e.getMessage();
      r.status().failedPoll(Instant.now(), error);
      metrics.poll(r.config().name(), false);
      metrics.failed(r.config().name(), reasonOf(e));
      int failures = Math.min(r.status().consecutiveFailures(), 20);
      Duration backoff = interval.multipliedBy(1L << Math.min(failures - 1, 16));
      if (backoff.compareTo(config.maxSourceBackoff()) > 0) {
        backoff = config.maxSourceBackoff().compareTo(interval) > 0 ? config.maxSourceBackoff() : interval;
      }
      LOG.warn("source {} failed ({} in a row), next try in {}: {}", r.config().name(), failures, backoff, error);
      schedule(r, backoff);
    }
  }

  /** Lists the source and processes its items concurrently; returns when all are done. */
  void poll(Running r) throws Exception {
    SourceContext context = SourceContext.of(r.config(), r.status());
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    List<SourceItem> items = lister.list(r.config());
    metrics.fetchLatency(r.config().name(), Duration.ofNanos(System.nanoTime() - t0));
    items = ItemProcessor.newestFirst(items, config.maxItemsPerPoll());
    metrics.seen(r.config().name(), items.size());
    r.status().seen.addAndGet(items.size());
    List<Future<ItemProcessor.Result>> results = new ArrayList<>();
    for (SourceItem item : items) {
      results.add(workers.submit(() -> processor.process(context, item)));
    }
    int produced = 0;
    for (Future<ItemProcessor.Result> f : results) {
      ItemProcessor.Result result = f.get();
      if (result.statement() != null) {
        produced++;
      }
    }
    if (r.config().kind() == org.statementmonitor.ingest.config.SourceType.SITEMAP) {
      publisher.remember(SeenEntry.visit(r.config().name(), started)).get();
    }
    r.status().succeeded(Instant.now());
    metrics.poll(r.config().name(), true);
    LOG.debug("polled {}: {} items, {} produced", r.config().name(), items.size(), produced);
  }

  private static String reasonOf(Exception e) {
    if (e instanceof org.statementmonitor.ingest.fetch.FetchException f) {
      return "source-" + f.reason().tag();
    }
    if (e instanceof org.statementmonitor.ingest.source.SourceFormatException) {
      return "source-malformed";
    }
    return "source-error";
  }

  /** Each source's status, for the health endpoint. */
  public Map<String, Object> report() {
    Map<String, Object> out = new LinkedHashMap<>();
    sources.forEach((name, r) -> out.put(name, r.status().report()));
    return out;
  }

  /** Number of sources polled now. */
  public int size() {
    return sources.size();
  }

  /** Number of sources whose last poll failed. */
  public long failing() {
    return sources.values().stream().filter(r -> r.status().failing()).count();
  }

  @Override
  public void close() {
    timer.shutdownNow();
    workers.shutdownNow();
    try {
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
