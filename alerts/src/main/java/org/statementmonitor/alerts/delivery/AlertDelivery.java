package org.statementmonitor.alerts.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Serdes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.alerts.AlertMetrics;
import org.statementmonitor.alerts.rules.Rule;
import org.statementmonitor.alerts.rules.RuleBook;
import org.statementmonitor.common.config.KafkaSettings;
import org.statementmonitor.common.deadletter.DeadLetters;
import org.statementmonitor.common.event.Alert;
import org.statementmonitor.common.json.Json;
import org.statementmonitor.common.json.JsonRecordException;
import org.statementmonitor.common.topic.Topics;

/**
 * Reads the alerts topic (its own consumer group, read_committed) and hands each alert to the
 * workers of its rule's channels; a digest rule's alerts wait for the digest. Offsets are committed
 * only up to the first alert not yet settled on every channel, so nothing is lost when the service
 * stops; the {@link DeliveryLog} makes the re-read alerts skip channels they already reached.
 */
public final class AlertDelivery implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(AlertDelivery.class);

  /** Above this many unsettled alerts the consumer pauses until channels catch up. */
  static final int MAX_PENDING = 10_000;

  private final KafkaConsumer<String, byte[]> consumer;
  private final RuleBook book;
  private final Map<String, ChannelWorker> workers;
  private final DeadLetterSink deadLetters;
  private final PendingOffsets pending = new PendingOffsets();
  private final Thread thread;
  private volatile boolean running = true;
  private Map<TopicPartition, Long> lastCommitted = Map.of();

  public AlertDelivery(KafkaSettings kafka, String groupId, RuleBook book, Map<String, ChannelWorker> workers,
      DeadLetterSink deadLetters, AlertMetrics metrics) {
    Properties p = kafka.clientProperties();
    p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, groupId);
    this.consumer = new KafkaConsumer<>(p, Serdes.String().deserializer(), Serdes.ByteArray().deserializer());
    this.book = book;
    this.workers = Map.copyOf(workers);
    this.deadLetters = deadLetters;
    this.thread = Thread.ofPlatform().name("alerts-delivery").unstarted(this::run);
  }

  /** Starts consuming. */
  public void start() {
    thread.start();
  }

  /** Alerts read whose deliveries are not all settled. */
  public int pending() {
    return pending.size();
  }

  private void run() {
    consumer.subscribe(List.of(Topics.ALERTS.name()), new ConsumerRebalanceListener() {
      @Override
      public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        commitSettled();
        pending.forget(partitions);
      }

      @Override
      public void onPartitionsAssigned(Collection<TopicPartition> partitions) {}
    });
    try {
      while (running) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          route(record);
        }
        commitSettled();
        if (pending.size() > MAX_PENDING) {
          consumer.pause(consumer.assignment());
        } else if (!consumer.paused().isEmpty()) {
          consumer.resume(consumer.paused());
        }
      }
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      LOG.error("alert delivery consumer stopped", e);
    } finally {
      try {
        commitSettled();
      } catch (RuntimeException e) {
        LOG.warn("final commit of delivered alerts failed: {}", e.toString());
      }
      consumer.close(Duration.ofSeconds(5));
    }
  }

  private void route(ConsumerRecord<String, byte[]> record) {
    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
    Alert alert;
    try {
      alert = Json.fromBytes(record.value(), Alert.class);
    } catch (JsonRecordException | NullPointerException e) {
      LOG.warn("unreadable alert at {}-{}: {}", partition, record.offset(), e.getMessage());
      deadLetters.send(record.key(), DeadLetters.of(ChannelWorker.STAGE, record.topic(), record.partition(),
          record.offset(), record.key() == null ? null : record.key().getBytes(java.nio.charset.StandardCharsets.UTF_8),
          record.value(), "not a readable alert: " + e.getMessage(), e));
      pending.settled(partition, record.offset());
      return;
    }
    List<ChannelWorker> targets = targets(alert);
    if (targets.isEmpty()) {
      pending.settled(partition, record.offset());
      return;
    }
    pending.opened(partition, record.offset());
    AtomicInteger remaining = new AtomicInteger(targets.size());
    Runnable settled = () -> {
      if (remaining.decrementAndGet() == 0) {
        pending.settled(partition, record.offset());
      }
    };
    Instant queued = Instant.now();
    targets.forEach(w -> w.submit(new ChannelWorker.Job(alert, queued, settled)));
  }

  private List<ChannelWorker> targets(Alert alert) {
    Rule rule = book.current().rule(alert.rule());
    if (rule == null || (rule.digest() != null && !"digest".equals(alert.kind()))) {
      return List.of();
    }
    List<ChannelWorker> out = new ArrayList<>();
    for (String name : rule.channels()) {
      ChannelWorker worker = workers.get(name);
      if (worker == null) {
        LOG.warn("rule {} names channel {}, which is not configured; alert {} is not sent there",
            rule.name(), name, alert.id());
      } else {
        out.add(worker);
      }
    }
    return out;
  }

  private void commitSettled() {
    Map<TopicPartition, Long> offsets = pending.committable();
    offsets.keySet().retainAll(consumer.assignment());
    if (offsets.isEmpty() || offsets.equals(lastCommitted)) {
      return;
    }
    Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
    offsets.forEach((p, o) -> commit.put(p, new OffsetAndMetadata(o)));
    consumer.commitSync(commit);
    lastCommitted = offsets;
  }

  @Override
  public void close() {
    running = false;
    consumer.wakeup();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
