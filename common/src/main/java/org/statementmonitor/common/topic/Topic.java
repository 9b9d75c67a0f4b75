package org.statementmonitor.common.topic;

import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;

/**
 * A topic with the serdes of its keys and values: declared once in {@link Topics}, used at every
 * boundary (producers, consumers, {@code Consumed}/{@code Produced}).
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {
  public Topic {
    Objects.requireNonNull(name, "topic name");
    Objects.requireNonNull(keySerde, "key serde");
    Objects.requireNonNull(valueSerde, "value serde");
  }
}
