package org.statementmonitor.alerts.delivery;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.apache.kafka.common.TopicPartition;

/**
 * The offsets of the alerts topic whose deliveries are not all settled, per partition, so the
 * consumer commits only up to the first unsettled alert: after a crash, unsettled alerts are read
 * again (and the delivery log skips what was settled). Thread-safe.
 */
public final class PendingOffsets {

  private final Map<TopicPartition, TreeSet<Long>> open = new HashMap<>();
  private final Map<TopicPartition, Long> next = new HashMap<>();

  /** Notes that {@code offset} has been read and is not settled yet. */
  public synchronized void opened(TopicPartition partition, long offset) {
    open.computeIfAbsent(partition, p -> new TreeSet<>()).add(offset);
    next.merge(partition, offset + 1, Math::max);
  }

  /** Notes that {@code offset} was read and needs nothing (or is settled). */
  public synchronized void settled(TopicPartition partition, long offset) {
    TreeSet<Long> offsets = open.get(partition);
    if (offsets != null) {
      offsets.remove(offset);
    }
    next.merge(partition, offset + 1, Math::max);
  }

  /** The offset to commit per partition: the first unsettled one, or past the last read. */
  public synchronized Map<TopicPartition, Long> committable() {
    Map<TopicPartition, Long> out = new HashMap<>();
    next.forEach((partition, n) -> {
      TreeSet<Long> offsets = open.get(partition);
      out.put(partition, offsets == null || offsets.isEmpty() ? n : offsets.first());
    });
    return out;
  }

  /** Alerts read and not settled, over all partitions. */
  public synchronized int size() {
    return open.values().stream().mapToInt(TreeSet::size).sum();
  }

  /** Forgets partitions this consumer no longer owns. */
  public synchronized void forget(java.util.Collection<TopicPartition> partitions) {
    partitions.forEach(p -> {
      open.remove(p);
      next.remove(p);
    });
  }
}
