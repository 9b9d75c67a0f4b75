package org.statementmonitor.indexer;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.common.logging.StatementMdc;
import org.statementmonitor.common.deadletter.DeadLetters;
import org.statementmonitor.common.event.DeadLetter;
import org.statementmonitor.common.topic.Topics;
import org.statementmonitor.indexer.IndexerMetrics.Outcome;
import org.statementmonitor.indexer.bulk.BulkIndexer;
import org.statementmonitor.indexer.bulk.Failure;
import org.statementmonitor.indexer.bulk.OffsetTracker;
import org.statementmonitor.indexer.bulk.PendingRecord;
import org.statementmonitor.indexer.bulk.Settlement;
import org.statementmonitor.indexer.decode.Decoded;
import org.statementmonitor.indexer.decode.RecordDecoder;
import org.statementmonitor.indexer.pickup.PickupWorker;

/**
 * The consumer thread: polls the enriched and alerts topics, decodes each record, hands documents to
 * the {@link BulkIndexer}, dead-letters what cannot be indexed, and settles each record when its
 * outcome comes back. Offsets are committed only up to the lowest unsettled record of each partition.
 *
 * <p>Back-pressure: when too many records are pending, or any record is waiting for a retry because
 * Elasticsearch answered 429/5xx or could not be reached, every assigned partition is paused (the
 * consumer keeps polling, so it stays in its group, but receives nothing) and resumed once the retries
 * are through and the backlog has halved. Memory stays bounded by {@code maxPendingRecords}.
 */
final class IndexingLoop implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(IndexingLoop.class);
  private static final String STAGE = "indexer";
  private static final Duration POLL = Duration.ofMillis(100);
  private static final long COMMIT_INTERVAL_NANOS = Duration.ofMillis(500).toNanos();
  private static final long REVOKE_WAIT_NANOS = Duration.ofSeconds(10).toNanos();

  private record Retry(long dueNanos, PendingRecord record) {}

  private final Consumer<byte[], byte[]> consumer;
  private final Producer<String, DeadLetter> deadLetters;
  private final RecordDecoder decoder;
  private final BulkIndexer bulk;
  private final PickupWorker pickups;
  private final IndexerConfig config;
  private final IndexerMetrics metrics;
  private final OffsetTracker tracker = new OffsetTracker();
  private final ConcurrentLinkedQueue<Settlement> settlements;
  private final PriorityQueue<Retry> retries = new PriorityQueue<>((a, b) -> Long.compare(a.dueNanos, b.dueNanos));
  private final AtomicBoolean running = new AtomicBoolean(true);
  private volatile boolean paused;
  private volatile int pendingSnapshot;
  private long lastCommit = System.nanoTime();

  IndexingLoop(Consumer<byte[], byte[]> consumer, Producer<String, DeadLetter> deadLetters,
      RecordDecoder decoder, BulkIndexer bulk, PickupWorker pickups,
      ConcurrentLinkedQueue<Settlement> settlements, IndexerConfig config, IndexerMetrics metrics) {
    this.consumer = consumer;
    this.deadLetters = deadLetters;
    this.decoder = decoder;
    this.bulk = bulk;
    this.pickups = pickups;
    this.settlements = settlements;
    this.config = config;
    this.metrics = metrics;
  }

  /** Subscribes to the enriched and alerts topics with a listener that settles revoked partitions. */
  void subscribe() {
    consumer.subscribe(config.topics(), new Rebalance());
  }

  /** Records taken and not settled. */
  int pending() {
    return pendingSnapshot;
  }

  /** True while consumption is paused. */
  boolean paused() {
    return paused;
  }

  /** Asks the loop to stop; it flushes, settles and commits before returning. */
  void stop() {
    running.set(false);
    consumer.wakeup();
  }

  @Override
  public void run() {
    try {
      while (running.get()) {
        try {
          for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
            take(record);
          }
        } catch (WakeupException e) {
          if (running.get()) {
            throw e;
          }
        }
        drainSettlements();
        resubmitDueRetries();
        adjustPause();
        commitIfDue(false);
      }
    } catch (RuntimeException e) {
      LOG.error("indexer loop stopped by an unexpected error; unsettled records will be read again", e);
    } finally {
      shutdown();
    }
  }

  private void take(ConsumerRecord<byte[], byte[]> record) {
    try (StatementMdc.Scope ignored = StatementMdc.ofKey(record.key())) {
      decide(record);
    }
  }

  private void decide(ConsumerRecord<byte[], byte[]> record) {
    TopicPartition tp = new TopicPartition(record.topic(), record.partition());
    tracker.track(tp, record.offset());
    Decoded decoded = decoder.decode(record.topic(), record.value());
    switch (decoded) {
      case Decoded.Accepted a -> bulk.submit(
          PendingRecord.toIndex(tp, record.offset(), record.key(), record.value(), a.request()));
      case Decoded.Rejected r -> {
        LOG.warn("dead-lettering {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), r.reason());
        deadLetter(PendingRecord.rejected(tp, record.offset(), record.key(), record.value(), r.reason(),
            r.error()));
      }
      case Decoded.Skipped s -> {
        LOG.debug("skipping {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), s.reason());
        settle(PendingRecord.rejected(tp, record.offset(), null, null, null, null), Outcome.SKIPPED);
      }
    }
  }

  private void drainSettlements() {
    for (Settlement s; (s = settlements.poll()) != null; ) {
      handle(s);
    }
    pendingSnapshot = tracker.pending();
  }

  private void handle(Settlement settlement) {
    try (StatementMdc.Scope ignored = StatementMdc.ofKey(settlement.record().key())) {
      settleOutcome(settlement);
    }
  }

  private void settleOutcome(Settlement settlement) {
    PendingRecord r = settlement.record();
    switch (settlement) {
      case Settlement.Indexed i -> {
        if (r.request().originalId() != null && pickups != null) {
          pickups.enqueue(r);
        } else {
          settle(r, Outcome.INDEXED);
        }
      }
      case Settlement.Summarized s -> settle(r, Outcome.INDEXED);
      case Settlement.DeadLettered d -> settle(r, Outcome.DEAD_LETTERED);
      case Settlement.DeadLetterFailed f -> {
        LOG.warn("cannot write dead letter of {}@{}, retrying: {}", r.partition(), r.offset(), f.error().toString());
        scheduleRetry(r.retried());
      }
      case Settlement.Failed f -> {
        metrics.count(Outcome.FAILED, r.partition().topic());
        if (f.failure() == Failure.PERMANENT) {
          deadLetter(r.toDeadLetter("Elasticsearch refused document " + r.request().id() + " (status "
              + f.status() + "): " + f.reason(), null));
        } else if (f.failure() == Failure.RETRY_LIMITED && r.attempts() + 1 >= config.maxItemAttempts()) {
          deadLetter(r.toDeadLetter("Elasticsearch failed document " + r.request().id() + " "
              + (r.attempts() + 1) + " times, last: " + f.reason(), null));
        } else if (f.failure() == Failure.RETRY_LIMITED && f.status() == 0) {
          // a whole request was refused: find the culprit by sending each document alone
          scheduleRetry(r.retriedAlone());
        } else {
          LOG.debug("retrying {}@{} ({}): {}", r.partition(), r.offset(), f.failure(), f.reason());
          scheduleRetry(r.retried());
        }
      }
    }
  }

  private void settle(PendingRecord r, Outcome outcome) {
    if (tracker.settle(r.partition(), r.offset())) {
      metrics.count(outcome, r.partition().topic());
    }
  }

  private void deadLetter(PendingRecord r) {
    PendingRecord record = r.deadLettering() ? r : r.toDeadLetter("unknown", null);
    DeadLetter letter = DeadLetters.of(STAGE, record.partition().topic(), record.partition().partition(),
        record.offset(), record.key(), record.value(), record.deadLetterReason(), record.deadLetterError());
    String key = record.key() == null ? null : new String(record.key(), java.nio.charset.StandardCharsets.UTF_8);
    try {
      deadLetters.send(new ProducerRecord<>(Topics.DEAD_LETTERS.name(), key, letter), (meta, error) ->
          settlements.add(error == null ? new Settlement.DeadLettered(record)
              : new Settlement.DeadLetterFailed(record, error)));
    } catch (RuntimeException e) {
      settlements.add(new Settlement.DeadLetterFailed(record, e));
    }
  }

  private void scheduleRetry(PendingRecord r) {
    long base = Math.min(config.retryMaxMs(), config.retryInitialMs() << Math.min(r.attempts() - 1, 20));
    long jittered = base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
    retries.add(new Retry(System.nanoTime() + Duration.ofMillis(jittered).toNanos(), r));
    metrics.count(Outcome.RETRIED, r.partition().topic());
  }

  private void resubmitDueRetries() {
    long now = System.nanoTime();
    while (!retries.isEmpty() && retries.peek().dueNanos - now <= 0) {
      PendingRecord r = retries.poll().record();
      if (tracker.pending(r.partition()) == 0) {
        continue; // partition revoked meanwhile
      }
      if (r.deadLettering()) {
        deadLetter(r);
      } else if (r.alone()) {
        bulk.submitAlone(r);
      } else {
        bulk.submit(r);
      }
    }
  }

  private void adjustPause() {
    int pending = tracker.pending();
    boolean shouldPause = pending >= config.maxPendingRecords() || !retries.isEmpty();
    boolean mayResume = retries.isEmpty() && pending <= config.maxPendingRecords() / 2;
    if (shouldPause && !paused) {
      consumer.pause(consumer.assignment());
      paused = true;
      LOG.info("consumption paused: {} records pending, {} waiting for a retry", pending, retries.size());
    } else if (paused && mayResume) {
      consumer.resume(consumer.paused());
      paused = false;
      LOG.info("consumption resumed: {} records pending", pending);
    } else if (paused) {
      // partitions assigned since the pause must not deliver either
      consumer.pause(consumer.assignment());
    }
  }

  private void commitIfDue(boolean force) {
    long now = System.nanoTime();
    if (!force && now - lastCommit < COMMIT_INTERVAL_NANOS) {
      return;
    }
    lastCommit = now;
    Map<TopicPartition, Long> positions = tracker.committable();
    if (positions.isEmpty()) {
      return;
    }
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    positions.forEach((tp, position) -> offsets.put(tp, new OffsetAndMetadata(position)));
    try {
      consumer.commitSync(offsets);
      tracker.markCommitted(positions);
      LOG.debug("committed {}", positions);
    } catch (RuntimeException e) {
      LOG.warn("offset commit failed, will retry: {}", e.toString());
    }
  }

  private void shutdown() {
    try {
      bulk.close();
      drainSettlements();
      commitIfDue(true);
    } catch (RuntimeException e) {
      LOG.warn("indexer shutdown incomplete; unsettled records will be read again: {}", e.toString());
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  private final class Rebalance implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      bulk.flush();
      long deadline = System.nanoTime() + REVOKE_WAIT_NANOS;
      while (System.nanoTime() - deadline < 0 && partitions.stream().anyMatch(p -> tracker.pending(p) > 0)) {
        drainSettlements();
        resubmitDueRetries();
        java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
      }
      commitIfDue(true);
      partitions.forEach(tracker::forget);
      retries.removeIf(r -> partitions.contains(r.record().partition()));
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      if (paused) {
        consumer.pause(partitions);
      }
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
      partitions.forEach(tracker::forget);
      retries.removeIf(r -> partitions.contains(r.record().partition()));
    }
  }
}
