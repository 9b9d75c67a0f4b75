package org.statementmonitor.common.json;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde of one record type as UTF-8 JSON. Deserialising a bad record throws {@link
 * JsonRecordException} with the reason, so the consumer's handler can dead-letter it.
 */
public final class JsonSerde<T> implements Serde<T> {

  private final Class<T> type;

  private JsonSerde(Class<T> type) {
    this.type = type;
  }

  /** The serde of {@code type}. */
  public static <T> JsonSerde<T> of(Class<T> type) {
    return new JsonSerde<>(type);
  }

  /** The record type this serde reads and writes. */
  public Class<T> type() {
    return type;
  }

  @Override
  public Serializer<T> serializer() {
    return (topic, value) -> value == null ? null : Json.toBytes(value);
  }

  @Override
  public Deserializer<T> deserializer() {
    return (topic, bytes) -> bytes == null ? null : Json.fromBytes(bytes, type);
  }
}
