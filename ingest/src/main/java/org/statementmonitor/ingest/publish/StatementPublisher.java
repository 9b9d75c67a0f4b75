package org.statementmonitor.ingest.publish;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.common.config.KafkaSettings;
import org.statementmonitor.common.event.DeadLetter;
import org.statementmonitor.common.event.Statement;
import org.statementmonitor.common.json.Json;
import org.statementmonitor.common.topic.Topics;
import org.statementmonitor.ingest.seen.SeenEntry;
import org.statementmonitor.ingest.seen.SeenState;

/**
 * Writes statements, their seen entries and dead letters in Kafka transactions: a raw statement and
 * the seen entry that says it was produced commit together or not at all, so an instance killed
 * mid-poll neither loses an accepted item nor produces it twice after restart. Callers from many
 * virtual threads hand records in; one thread groups them into a transaction every few milliseconds
 * (up to {@value #MAX_BATCH} records), commits, applies the seen entries to {@link SeenState}, and
 * completes each caller's future. The producer is idempotent ({@code acks=all}) with batching tuned
 * for 5 KB records ({@code linger.ms=20}, {@code batch.size=256 KB}, lz4).
 */
public final class StatementPublisher implements AutoCloseable {

  /** Largest serialised statement; longer texts are cut to fit under the broker's default limit. */
  public static final int MAX_RECORD_BYTES = 900 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(StatementPublisher.class);
  private static final int MAX_BATCH = 500;
  private static final Duration LINGER = Duration.ofMillis(20);

  private record Pending(ProducerRecord<String, byte[]> record, SeenEntry seen, CompletableFuture<Void> done) {}

  private final KafkaSettings kafka;
  private final String transactionalId;
  private final SeenState seen;
  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(10_000);
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicReference<String> lastError = new AtomicReference<>();
  private KafkaProducer<String, byte[]> producer;
  private Thread worker;

  public StatementPublisher(KafkaSettings kafka, String instanceId, SeenState seen) {
    this.kafka = kafka;
    this.transactionalId = "monitor-ingest-" + instanceId;
    this.seen = seen;
  }

  /** Creates the transactional producer (fencing an earlier one of this instance) and starts. */
  public void start() {
    producer = newProducer();
    worker = Thread.ofPlatform().name("ingest-publisher").start(this::run);
  }

  private KafkaProducer<String, byte[]> newProducer() {
    Properties p = kafka.clientProperties();
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
    p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024));
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(2 * 1024 * 1024));
    p.put(ProducerConfig.CLIENT_ID_CONFIG, transactionalId);
    KafkaProducer<String, byte[]> created = new KafkaProducer<>(p,
        org.apache.kafka.common.serialization.Serdes.String().serializer(), new ByteArraySerializer());
    created.initTransactions();
    return created;
  }

  /** Produces a statement and its seen entry atomically; completes when committed. */
  public CompletableFuture<Void> publish(Statement statement, SeenEntry entry) {
    byte[] value = fit(statement);
    return enqueue(new ProducerRecord<>(Topics.RAW.name(), statement.id(), value), entry);
  }

  /** Remembers an entry without a statement (a source's last visit). */
  public CompletableFuture<Void> remember(SeenEntry entry) {
    return enqueue(null, entry);
  }

  /** Produces a dead letter, keyed by what it concerns. */
  public CompletableFuture<Void> deadLetter(String key, DeadLetter letter) {
    return enqueue(new ProducerRecord<>(Topics.DEAD_LETTERS.name(), key, Json.toBytes(letter)), null);
  }

  /** Null when healthy, else the last error. */
  public String lastError() {
    return lastError.get();
  }

  private CompletableFuture<Void> enqueue(ProducerRecord<String, byte[]> record, SeenEntry entry) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    if (!running.get()) {
      done.completeExceptionally(new IllegalStateException("publisher is closed"));
      return done;
    }
    try {
      if (!queue.offer(new Pending(record, entry, done), 30, TimeUnit.SECONDS)) {
        done.completeExceptionally(new IllegalStateException("publisher queue full for 30 s"));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      done.completeExceptionally(e);
    }
    return done;
  }

  /** The statement's JSON, with the text cut until it fits {@link #MAX_RECORD_BYTES}. */
  static byte[] fit(Statement statement) {
    byte[] value = Json.toBytes(statement);
    Statement s = statement;
    while (value.length > MAX_RECORD_BYTES && s.text().length() > 1000) {
      int keep = (int) (s.text().length() * (MAX_RECORD_BYTES * 0.9 / value.length));
      s = s.withText(s.text().substring(0, Math.max(1000, keep)), s.contentHash());
      value = Json.toBytes(s);
    }
    return value;
  }

  private void run() {
    List<Pending> batch = new ArrayList<>();
    while (running.get() || !queue.isEmpty()) {
      try {
        Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        long deadline = System.nanoTime() + LINGER.toNanos();
        while (batch.size() < MAX_BATCH) {
          Pending next = queue.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
          if (next == null) {
            break;
          }
          batch.add(next);
        }
        commit(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } finally {
        batch.clear();
      }
    }
  }

  private void commit(List<Pending> batch) {
    try {
      producer.beginTransaction();
      for (Pending p : batch) {
        if (p.record() != null) {
          producer.send(p.record());
        }
        if (p.seen() != null) {
          producer.send(new ProducerRecord<>(SeenState.TOPIC.name(), p.seen().id(), Json.toBytes(p.seen())));
        }
      }
      producer.commitTransaction();
      lastError.set(null);
      for (Pending p : batch) {
        if (p.seen() != null) {
          seen.remember(p.seen());
        }
        p.done().complete(null);
      }
    } catch (ProducerFencedException | OutOfOrderSequenceException | InvalidProducerEpochException
        | AuthorizationException e) {
      fail(batch, e);
      LOG.error("transactional producer {} cannot continue ({}); creating a new one", transactionalId, e.toString());
      producer.close(Duration.ZERO);
      producer = newProducer();
    } catch (KafkaException e) {
      fail(batch, e);
      try {
        producer.abortTransaction();
      } catch (KafkaException abortFailed) {
        LOG.error("abort failed ({}); creating a new producer", abortFailed.toString());
        producer.close(Duration.ZERO);
        producer = newProducer();
      }
    }
  }

  private void fail(List<Pending> batch, Exception e) {
    lastError.set(e.toString());
    LOG.warn("transaction of {} records failed, nothing of it is visible: {}", batch.size(), e.toString());
    batch.forEach(p -> p.done().completeExceptionally(e));
  }

  @Override
  public void close() {
    running.set(false);
    if (worker != null) {
      try {
        worker.join(Duration.ofSeconds(5));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    queue.forEach(p -> p.done().completeExceptionally(new IllegalStateException("publisher closed")));
    if (producer != null) {
      producer.close(Duration.ofSeconds(5));
    }
  }
}
