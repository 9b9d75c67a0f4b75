package org.statementmonitor.indexer.bulk;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.apache.kafka.common.TopicPartition;

/**
 * Which offsets of each partition may be committed: the records taken from Kafka are tracked until
 * they are settled (acknowledged by Elasticsearch, or dead-lettered), and the committable position of
 * a partition is its lowest unsettled offset, or one past the highest settled offset when none is
 * pending. Records settle out of order (bulk requests run concurrently, retries come later), so a
 * commit never moves past a record that Elasticsearch has not acknowledged. Not thread-safe: owned by
 * the consumer thread.
 */
public final class OffsetTracker {

  private final Map<TopicPartition, PartitionState> partitions = new HashMap<>();
  private int pending;

  private static final class PartitionState {
    final TreeSet<Long> unsettled = new TreeSet<>();
    long next = -1;
    long committed = -1;
  }

  /** Records that an offset was taken from Kafka and is now in progress. */
  public void track(TopicPartition partition, long offset) {
    PartitionState state = partitions.computeIfAbsent(partition, p -> new PartitionState());
    if (state.unsettled.add(offset)) {
      pending++;
    }
    state.next = Math.max(state.next, offset + 1);
  }

  /** Records that an offset is done; unknown offsets (a revoked partition) are ignored. */
  public boolean settle(TopicPartition partition, long offset) {
    PartitionState state = partitions.get(partition);
    if (state != null && state.unsettled.remove(offset)) {
      pending--;
      return true;
    }
    return false;
  }

  /** Records taken but not settled, over all partitions. */
  public int pending() {
    return pending;
  }

  /** Records of one partition taken but not settled. */
  public int pending(TopicPartition partition) {
    PartitionState state = partitions.get(partition);
    return state == null ? 0 : state.unsettled.size();
  }

  /**
   * The positions to commit that moved since the last call to {@link #markCommitted(Map)}: per
   * partition, the offset of the next record to read after a restart.
   */
  public Map<TopicPartition, Long> committable() {
    Map<TopicPartition, Long> result = new HashMap<>();
    for (Map.Entry<TopicPartition, PartitionState> e : partitions.entrySet()) {
      PartitionState state = e.getValue();
      if (state.next < 0) {
        continue;
      }
      long position = state.unsettled.isEmpty() ? state.next : state.unsettled.first();
      if (position > state.committed) {
        result.put(e.getKey(), position);
      }
    }
    return result;
  }

  /** Records that these positions were committed. */
  public void markCommitted(Map<TopicPartition, Long> positions) {
    positions.forEach((partition, position) -> {
      PartitionState state = partitions.get(partition);
      if (state != null) {
        state.committed = Math.max(state.committed, position);
      }
    });
  }

  /** Forgets a partition (revoked or lost): its unsettled records will be read again by its new owner. */
  public void forget(TopicPartition partition) {
    PartitionState state = partitions.remove(partition);
    if (state != null) {
      pending -= state.unsettled.size();
    }
  }
}
