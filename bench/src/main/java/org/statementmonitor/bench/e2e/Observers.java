package org.statementmonitor.bench.e2e;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.common.config.KafkaSettings;
import org.statementmonitor.common.event.Alert;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.topic.Topic;
import org.statementmonitor.common.topic.Topics;

/**
 * Watches the benchmark's statements come out of each stage: a read-committed consumer of the
 * enriched topic (time enriched, and the records themselves for the bulk baseline), one of the alerts
 * topic (time an alert was raised), and a poller asking Elasticsearch every {@value #POLL_MS} ms with a
 * non-realtime multi-get which of the enriched statements are searchable (indexed and refreshed, as a
 * user finds them; the poll never makes the node refresh). Only ids of this run count.
 */
final class Observers implements AutoCloseable {

  static final int POLL_MS = 100;
  static final int POLL_BATCH = 1000;

  private static final Logger LOG = LoggerFactory.getLogger(Observers.class);

  final Map<String, Long> enrichedAt = new ConcurrentHashMap<>();
  final Map<String, Long> indexedAt = new ConcurrentHashMap<>();
  final Map<String, Long> alertRaisedAt = new ConcurrentHashMap<>();
  final ConcurrentLinkedQueue<EnrichedStatement> enriched = new ConcurrentLinkedQueue<>();

  private final KafkaSettings kafka;
  private final EsHttp es;
  private final String idPrefix;
  private final Map<String, String> indexOf;
  private final boolean keepRecords;
  private final List<Thread> threads = new ArrayList<>();
  private final List<KafkaConsumer<?, ?>> consumers = new ArrayList<>();
  private volatile boolean running = true;

  /**
   * @param indexOf the statements index each id of this run belongs to
   * @param keepRecords whether to keep the enriched records (for the bulk baseline)
   */
  Observers(KafkaSettings kafka, EsHttp es, String idPrefix, Map<String, String> indexOf, boolean keepRecords) {
    this.kafka = kafka;
    this.es = es;
    this.idPrefix = idPrefix;
    this.indexOf = indexOf;
    this.keepRecords = keepRecords;
  }

  /** Starts watching from the current end of the topics. */
  void start() {
    watch(Topics.ENRICHED, (id, value) -> {
      if (enrichedAt.putIfAbsent(id, System.currentTimeMillis()) == null && keepRecords) {
        enriched.add(value);
      }
    });
    watch(Topics.ALERTS, (id, alert) -> {
      if (alert.statementId() != null && alert.statementId().startsWith(idPrefix)) {
        alertRaisedAt.putIfAbsent(alert.statementId(), System.currentTimeMillis());
      }
    });
    Thread poller = Thread.ofPlatform().name("bench-es-poller").daemon().start(this::pollIndexed);
    threads.add(poller);
  }

  private <V> void watch(Topic<String, V> topic, BiConsumer<String, V> onRecord) {
    Properties p = kafka.clientProperties();
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    KafkaConsumer<String, V> consumer = new KafkaConsumer<>(p, topic.keySerde().deserializer(),
        topic.valueSerde().deserializer());
    List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
        .map(i -> new TopicPartition(topic.name(), i.partition())).toList();
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position);
    consumers.add(consumer);
    threads.add(Thread.ofPlatform().name("bench-watch-" + topic.name()).daemon().start(() -> {
      try {
        while (running) {
          for (ConsumerRecord<String, V> r : consumer.poll(Duration.ofMillis(50))) {
            if (r.key() != null && r.value() != null && (topic == Topics.ALERTS || r.key().startsWith(idPrefix))) {
              onRecord.accept(r.key(), r.value());
            }
          }
        }
      } catch (WakeupException e) {
        // closing
      } catch (RuntimeException e) {
        LOG.warn("watching {} stopped: {}", topic.name(), e.toString());
      } finally {
        consumer.close(Duration.ofSeconds(2));
      }
    }));
  }

  private void pollIndexed() {
    while (running) {
      long t0 = System.nanoTime();
      try {
        Map<String, List<String>> pendingByIndex = new LinkedHashMap<>();
        int taken = 0;
        for (String id : enrichedAt.keySet()) {
          if (!indexedAt.containsKey(id) && taken++ < POLL_BATCH) {
            pendingByIndex.computeIfAbsent(indexOf.get(id), k -> new ArrayList<>()).add(id);
          }
        }
        for (var e : pendingByIndex.entrySet()) {
          if (e.getKey() != null) {
            markIndexed(es.existing(e.getKey(), e.getValue()));
          }
        }
      } catch (IOException | RuntimeException e) {
        LOG.debug("polling Elasticsearch failed: {}", e.toString());
      }
      long slept = POLL_MS - (System.nanoTime() - t0) / 1_000_000;
      if (slept > 0) {
        try {
          Thread.sleep(slept);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }

  private void markIndexed(Collection<String> ids) {
    long now = System.currentTimeMillis();
    ids.forEach(id -> indexedAt.putIfAbsent(id, now));
  }

  @Override
  public void close() {
    running = false;
    consumers.forEach(KafkaConsumer::wakeup);
    threads.forEach(t -> {
      t.interrupt();
      try {
        t.join(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
  }
}
