package org.statementmonitor.enrich.topology;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps the duplicate stage's stores bounded: a punctuator rewrites or deletes every entry that an
 * update function changes (for example, entries older than the horizon).
 */
final class StorePurger {

  private StorePurger() {}

  /** Runs {@code purge} every interval of wall-clock time. */
  static void schedule(ProcessorContext<?, ?> context, long intervalMs, Runnable purge) {
    context.schedule(Duration.ofMillis(intervalMs), PunctuationType.WALL_CLOCK_TIME, now -> purge.run());
  }

  /**
   * Applies {@code update} to every value: null deletes the entry, another object replaces it, the
   * same object leaves it.
   */
  static <K, V> int purge(KeyValueStore<K, V> store, UnaryOperator<V> update) {
    List<KeyValue<K, V>> changes = new ArrayList<>();
    try (KeyValueIterator<K, V> all = store.all()) {
      while (all.hasNext()) {
        KeyValue<K, V> kv = all.next();
        V updated = update.apply(kv.value);
        if (updated != kv.value) {
          changes.add(KeyValue.pair(kv.key, updated));
        }
      }
    }
    for (KeyValue<K, V> change : changes) {
      if (change.value == null) {
        store.delete(change.key);
      } else {
        store.put(change.key, change.value);
      }
    }
    return changes.size();
  }
}
