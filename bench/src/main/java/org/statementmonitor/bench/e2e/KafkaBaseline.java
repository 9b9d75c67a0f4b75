package org.statementmonitor.bench.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.common.config.KafkaSettings;

/**
 * Plain Kafka throughput of the very records the pipeline gets, on the same broker: produce them to a
 * fresh topic with the same partitions and the producer settings of the raw feed ({@link
 * RawFeeder#producerProperties}), then consume them all with one plain consumer.
 */
final class KafkaBaseline {

  private static final Logger LOG = LoggerFactory.getLogger(KafkaBaseline.class);

  /** What the baseline measured. */
  record Result(String topic, int records, long bytes, double producePerSecond, double consumePerSecond,
      double produceMegabytesPerSecond) {}

  private KafkaBaseline() {}

  static Result run(KafkaSettings kafka, int partitions, List<RawFeeder.Record> records) throws Exception {
    String topic = "bench.baseline." + UUID.randomUUID().toString().substring(0, 8);
    try (Admin admin = Admin.create(kafka.clientProperties())) {
      admin.createTopics(List.of(new NewTopic(topic, partitions, kafka.replicationFactor()))).all()
          .get(30, TimeUnit.SECONDS);
    }
    long bytes = records.stream().mapToLong(r -> r.value().length).sum();
    long start = System.nanoTime();
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(RawFeeder.producerProperties(kafka),
        new org.apache.kafka.common.serialization.StringSerializer(), new ByteArraySerializer())) {
      for (RawFeeder.Record r : records) {
        producer.send(new ProducerRecord<>(topic, r.key(), r.value()));
      }
      producer.flush();
    }
    double produceSeconds = (System.nanoTime() - start) / 1e9;

    Properties p = kafka.clientProperties();
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
    int consumed = 0;
    long consumeStart = System.nanoTime();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
        new ByteArrayDeserializer())) {
      Set<TopicPartition> assigned = consumer.partitionsFor(topic).stream()
          .map(info -> new TopicPartition(topic, info.partition())).collect(Collectors.toSet());
      consumer.assign(assigned);
      consumer.seekToBeginning(assigned);
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
      while (consumed < records.size() && System.nanoTime() < deadline) {
        consumed += consumer.poll(Duration.ofMillis(200)).count();
      }
    }
    double consumeSeconds = (System.nanoTime() - consumeStart) / 1e9;
    try (Admin admin = Admin.create(kafka.clientProperties())) {
      admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
    }
    LOG.info("kafka baseline: produced {} records in {} s, consumed {} in {} s", records.size(), produceSeconds,
        consumed, consumeSeconds);
    return new Result(topic, records.size(), bytes, records.size() / produceSeconds, consumed / consumeSeconds,
        bytes / produceSeconds / 1e6);
  }
}
