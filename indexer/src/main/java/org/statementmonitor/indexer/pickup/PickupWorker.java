package org.statementmonitor.indexer.pickup;

import java.io.IOException;
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
 * committed) only once the summary of its original is up to date, so a crash in between replays the
 * record and the summary is written again. A failed round is retried whole in the next one.
 *
 * <p>Most statements are originals without copies, and indexing an original (again) can only have
 * reset its pickup fields if copies of it exist. So a round first asks, without a refresh, which of
 * its originals have copies visible to search (one aggregation), and refreshes and summarises only
 * when it has copies, or originals with copies. Why no copy is missed:
 *
 * <ul>
 *   <li>A copy's round runs after the copy was acknowledged and refreshes before it looks for the
 *       original. If the original was acknowledged before that refresh began, the copy's round finds
 *       it and writes its summary.
 *   <li>Otherwise the original was acknowledged after the copy's refresh began. Rounds of one worker
 *       run one at a time, and within a round the check of originals comes after the refresh, so the
 *       original's check runs after that refresh completed, sees the copy, and summarises.
 *   <li>With several indexer instances (a copy and its original on partitions of different
 *       instances) the original's check may run while the copy's refresh is under way and miss the
 *       copy, while the copy's round misses the original. So a copy whose original was not found is
 *       summarised once more in the next round, whose refresh begins after the original was
 *       acknowledged.
 * </ul>
 */
public final class PickupWorker implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PickupWorker.class);

  /** A record waiting for its round; {@code lookedOnce} when its original was not found once. */
  private record Waiting(PendingRecord record, boolean lookedOnce) {
    String originalId() {
      return record.request().originalId();
    }

    boolean isCopy() {
      return !originalId().equals(record.request().id());
    }
  }

  private final PickupSummarizer summarizer;
  private final Consumer<Settlement> settlements;
  private final ConcurrentLinkedQueue<PendingRecord> queue = new ConcurrentLinkedQueue<>();
  private final List<Waiting> carried = new ArrayList<>();
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

  /** Refreshes the rounds have made, for the meter. */
  public long refreshes() {
    return summarizer.refreshes();
  }

  private void round() {
    List<Waiting> batch = new ArrayList<>(carried);
    carried.clear();
    for (PendingRecord r; (r = queue.poll()) != null; ) {
      batch.add(new Waiting(r, false));
    }
    if (batch.isEmpty()) {
      return;
    }
    try {
      PickupSummarizer.Result result = summarize(batch);
      for (Waiting w : batch) {
        if (result.conflicts().contains(w.originalId())) {
          carried.add(w);
        } else if (w.isCopy() && !w.lookedOnce() && result.missing().contains(w.originalId())) {
          carried.add(new Waiting(w.record(), true));
        } else {
          settlements.accept(new Settlement.Summarized(w.record()));
        }
      }
      if (!result.conflicts().isEmpty()) {
        LOG.debug("{} originals changed concurrently, summarising again", result.conflicts().size());
      }
    } catch (Exception e) {
      LOG.warn("pickup summaries of {} statements not written, retrying: {}", batch.size(), e.toString());
      carried.addAll(batch);
    }
  }

  /** Refreshes and summarises only the originals that have copies; see the class comment. */
  private PickupSummarizer.Result summarize(List<Waiting> batch) throws IOException {
    Set<String> summarise = new LinkedHashSet<>();
    Set<String> originals = new LinkedHashSet<>();
    for (Waiting w : batch) {
      (w.isCopy() ? summarise : originals).add(w.originalId());
    }
    boolean refreshed = false;
    if (!summarise.isEmpty()) {
      summarizer.refresh();
      refreshed = true;
    }
    originals.removeAll(summarise);
    if (!originals.isEmpty()) {
      summarise.addAll(summarizer.withCopies(originals));
    }
    if (summarise.isEmpty()) {
      return new PickupSummarizer.Result(Set.of(), Set.of());
    }
    if (!refreshed) {
      // the original's own write may not be searchable yet: its sequence number must be current
      summarizer.refresh();
    }
    return summarizer.summarizeRefreshed(summarise);
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
