package org.statementmonitor.bench.e2e;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.statementmonitor.common.config.KafkaSettings;
import org.statementmonitor.common.event.Statement;
import org.statementmonitor.common.topic.Topics;

/**
 * Produces serialized statements to the raw topic, as ingest would, at an offered rate (or as fast as
 * the producer goes), and remembers when each was sent: the start of every latency measured. HTTP
 * ingest (fetching, extraction) is not part of this path.
 */
final class RawFeeder {

  /** A serialized raw record. */
  record Record(String key, byte[] value) {
    static Record of(Statement s) {
      return new Record(s.id(), Topics.RAW.valueSerde().serializer().serialize(Topics.RAW.name(), s));
    }
  }

  private final Map<String, Long> sentAtMillis = new ConcurrentHashMap<>();
  private volatile long firstSendNanos;
  private volatile long lastAckNanos;

  /** Producer settings of the raw feed and of the Kafka baseline: acks=all, idempotent, 256 KB batches. */
  static Properties producerProperties(KafkaSettings kafka) {
    Properties p = kafka.clientProperties();
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
    return p;
  }

  /** Sends every record, pacing at {@code rate} per second (0: unthrottled); returns after all acks. */
  void feed(KafkaSettings kafka, List<Record> records, double rate) {
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProperties(kafka),
        new StringSerializer(), new ByteArraySerializer())) {
      long start = System.nanoTime();
      firstSendNanos = start;
      long interval = rate > 0 ? (long) (TimeUnit.SECONDS.toNanos(1) / rate) : 0;
      for (int i = 0; i < records.size(); i++) {
        if (interval > 0) {
          long due = start + i * interval;
          long wait = due - System.nanoTime();
          if (wait > 0) {
            LockSupport.parkNanos(wait);
          }
        }
        Record r = records.get(i);
        sentAtMillis.put(r.key(), System.currentTimeMillis());
        producer.send(new ProducerRecord<>(Topics.RAW.name(), r.key(), r.value()));
      }
      producer.flush();
      lastAckNanos = System.nanoTime();
    }
  }

  /** Wall-clock milliseconds at which a statement was handed to the producer, or null. */
  Long sentAt(String id) {
    return sentAtMillis.get(id);
  }

  Map<String, Long> sentAt() {
    return sentAtMillis;
  }

  /** Seconds the feed took, first send to last acknowledgement. */
  double feedSeconds() {
    return (lastAckNanos - firstSendNanos) / 1e9;
  }
}
