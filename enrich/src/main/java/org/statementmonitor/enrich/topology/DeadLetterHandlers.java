package org.statementmonitor.enrich.topology;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.common.deadletter.DeadLetters;
import org.statementmonitor.common.event.DeadLetter;
import org.statementmonitor.common.json.Json;
import org.statementmonitor.common.topic.Topics;

/**
 * Keep the stream alive on bad records: a record that cannot be deserialised, or whose processing
 * throws, is written to {@link Topics#DEAD_LETTERS} (inside the same transaction) with the reason,
 * counted in {@code monitor.enrich.failed}, and skipped. Kafka Streams creates the handlers from the
 * configuration and finds the {@link EnrichMetrics} under {@link EnrichMetrics#CONFIG_KEY}.
 */
public final class DeadLetterHandlers {

  private static final Logger LOG = LoggerFactory.getLogger(DeadLetterHandlers.class);

  private DeadLetterHandlers() {}

  /** Dead-letters records the source serdes cannot read. */
  public static final class Deserialization implements DeserializationExceptionHandler {
    private EnrichMetrics metrics = EnrichMetrics.noop();

    @Override
    public void configure(Map<String, ?> configs) {
      metrics = metricsFrom(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
        Exception exception) {
      String reason = "cannot read record from " + record.topic() + "-" + record.partition() + "@"
          + record.offset() + ": " + rootMessage(exception);
      LOG.warn("dead-lettering: {}", reason);
      metrics.failed("deserialize");
      return Response.resume(List.of(deadLetter("enrich.deserialize", record.topic(), record.partition(),
          record.offset(), record.key(), record.value(), reason, exception)));
    }
  }

  /** Dead-letters records whose processing threw. */
  public static final class Processing implements ProcessingExceptionHandler {
    private EnrichMetrics metrics = EnrichMetrics.noop();

    @Override
    public void configure(Map<String, ?> configs) {
      metrics = metricsFrom(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
      String reason = "processor " + context.processorNodeId() + " failed on record from "
          + context.topic() + "-" + context.partition() + "@" + context.offset() + ": "
          + rootMessage(exception);
      LOG.warn("dead-lettering: {}", reason, exception);
      metrics.failed("process");
      return Response.resume(List.of(deadLetter("enrich." + context.processorNodeId(), context.topic(),
          context.partition(), context.offset(), context.sourceRawKey(), context.sourceRawValue(), reason,
          exception)));
    }
  }

  static ProducerRecord<byte[], byte[]> deadLetter(String stage, String topic, int partition, long offset,
      byte[] key, byte[] value, String reason, Throwable error) {
    DeadLetter letter = DeadLetters.of(stage, topic, partition, offset, key, value, reason, error);
    return new ProducerRecord<>(Topics.DEAD_LETTERS.name(), key, Json.toBytes(letter));
  }

  private static EnrichMetrics metricsFrom(Map<String, ?> configs) {
    Object m = configs.get(EnrichMetrics.CONFIG_KEY);
    return m instanceof EnrichMetrics metrics ? metrics : EnrichMetrics.noop();
  }

  private static String rootMessage(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == t ? String.valueOf(t.getMessage()) : t.getMessage() + " (cause: " + root + ")";
  }
}
