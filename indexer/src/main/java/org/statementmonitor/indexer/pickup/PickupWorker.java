package org.statementmonitor.indexer.pickup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.indexer.bulk.PendingRecord;
import org.statementmonitor.indexer.bulk.Settlement;

/**
 * Runs {@link PickupSummarizer} rounds on its own thread, every interval, over the statements
 * acknowledged since the previous round. A statement's record is settled (its offset may be
 * committed) only once the summary of its original is written, so a crash in between replays the
 * record and the summary is written again. A failed round is retried whole in the next one.
 */
public final class PickupWorker implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PickupWorker.class);

  private final PickupSummarizer summarizer;
  private final Consumer<Settlement> settlements;
  private final ConcurrentLinkedQueue<PendingRecord> queue = new ConcurrentLinkedQueue<>();
  private final List<PendingRecord> carried = new ArrayList<>();
  private final ScheduledExecutorService executor;

  /** Starts the worker; rounds run every {@code intervalMs}. */
  public PickupWorker(PickupSummarizer summarizer, Consumer<Settlement> settlements, long intervalMs) {
    this.summarizer = summarizer;
    this.settlements = settlements;
    this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "indexer-pickups");
      t.setDaemon(true);
      return t;
    });
    executor.scheduleWithFixedDelay(this::round, intervalMs, intervalMs, TimeUnit.MILLISECONDS);
  }

  /** Queues an acknowledged statement whose original's summary must be brought up to date. */
  public void enqueue(PendingRecord record) {
    queue.add(record);
  }

  private void round() {
    List<PendingRecord> batch = new ArrayList<>(carried);
    carried.clear();
    for (PendingRecord r; (r = queue.poll()) != null; ) {
      batch.add(r);
    }
    if (batch.isEmpty()) {
      return;
    }
    Set<String> originals = new LinkedHashSet<>();
    batch.forEach(r -> originals.add(r.request().originalId()));
    try {
      Set<String> conflicts = summarizer.summarize(originals);
      for (PendingRecord r : batch) {
        if (conflicts.contains(r.request().originalId())) {
          carried.add(r);
        } else {
          settlements.accept(new Settlement.Summarized(r));
        }
      }
      if (!conflicts.isEmpty()) {
        LOG.debug("{} originals changed concurrently, summarising again", conflicts.size());
      }
    } catch (Exception e) {
      LOG.warn("pickup summaries of {} originals not written, retrying: {}", originals.size(), e.toString());
      carried.addAll(batch);
    }
  }

  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
