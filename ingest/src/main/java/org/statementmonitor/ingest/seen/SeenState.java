package org.statementmonitor.ingest.seen;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Serdes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.common.config.KafkaSettings;
import org.statementmonitor.common.json.JsonRecordException;
import org.statementmonitor.common.json.JsonSerde;
import org.statementmonitor.common.topic.Topic;

/**
 * The seen state, kept in Kafka: the compacted topic {@link #TOPIC} holds one {@link SeenEntry} per
 * statement id (and per source's last visit). {@link #load()} reads it to the end (committed records
 * only) before polling starts; a background reader then keeps following it, so entries written by other
 * instances are learnt too. Entries this instance writes are applied when their transaction commits.
 * Memory: one small entry (~200 bytes) per remembered statement; the topic's retention bounds it.
 */
public final class SeenState implements AutoCloseable {

  /** The compacted topic of seen entries, keyed by statement id. */
  public static final Topic<String, SeenEntry> TOPIC =
      new Topic<>("monitor.ingest.seen", Serdes.String(), JsonSerde.of(SeenEntry.class));

  private static final Logger LOG = LoggerFactory.getLogger(SeenState.class);

  private final KafkaSettings kafka;
  private final Map<String, SeenEntry> entries = new ConcurrentHashMap<>();
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean running = new AtomicBoolean();
  private KafkaConsumer<String, byte[]> consumer;
  private Thread follower;

  public SeenState(KafkaSettings kafka) {
    this.kafka = kafka;
  }

  /** Reads the whole topic, then follows it in the background. Returns the number of entries. */
  public int load() {
    Properties p = kafka.clientProperties();
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, "monitor-ingest-seen");
    consumer = new KafkaConsumer<>(p, Serdes.String().deserializer(), Serdes.ByteArray().deserializer());
    List<TopicPartition> partitions = new ArrayList<>();
    consumer.partitionsFor(TOPIC.name(), Duration.ofSeconds(30))
        .forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
    while (!reached(end)) {
      consumer.poll(Duration.ofMillis(200)).forEach(this::apply);
    }
    LOG.info("seen state loaded: {} entries from {}", entries.size(), TOPIC.name());
    running.set(true);
    follower = Thread.ofPlatform().daemon().name("ingest-seen-follower").start(this::follow);
    return entries.size();
  }

  private boolean reached(Map<TopicPartition, Long> end) {
    for (var e : end.entrySet()) {
      if (consumer.position(e.getKey()) < e.getValue()) {
        return false;
      }
    }
    return true;
  }

  private void follow() {
    try {
      while (running.get()) {
        consumer.poll(Duration.ofMillis(500)).forEach(this::apply);
      }
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      LOG.error("seen state follower stopped: {}", e.toString(), e);
    } finally {
      consumer.close(Duration.ofSeconds(2));
    }
  }

  private void apply(ConsumerRecord<String, byte[]> record) {
    if (record.key() == null) {
      return;
    }
    if (record.value() == null) {
      entries.remove(record.key());
      return;
    }
    try {
      remember(TOPIC.valueSerde().deserializer().deserialize(TOPIC.name(), record.value()));
    } catch (JsonRecordException e) {
      LOG.warn("skipping unreadable seen entry {} at {}-{}@{}: {}", record.key(), record.topic(),
          record.partition(), record.offset(), e.getMessage());
    }
  }

  /** The entry of a statement id, or null. */
  public SeenEntry get(String id) {
    return entries.get(id);
  }

  /** Records an entry; a lower version never replaces a higher one. */
  public void remember(SeenEntry entry) {
    entries.merge(entry.id(), entry, (old, now) -> now.version() >= old.version() ? now : old);
  }

  /** Claims an id while it is being processed; false when another task holds it. */
  public boolean claim(String id) {
    return inFlight.add(id);
  }

  /** Releases a claim. */
  public void release(String id) {
    inFlight.remove(id);
  }

  /** Number of entries held. */
  public int size() {
    return entries.size();
  }

  @Override
  public void close() {
    running.set(false);
    if (consumer != null && follower == null) {
      consumer.close(Duration.ofSeconds(2)); // load() failed before the follower took the consumer over
    }
    if (consumer != null && follower != null) {
      consumer.wakeup();
      try {
        follower.join(Duration.ofSeconds(5));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
