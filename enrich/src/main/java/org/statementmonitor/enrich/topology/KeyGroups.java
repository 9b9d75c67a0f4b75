package org.statementmonitor.enrich.topology;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.processor.StreamPartitioner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which partition of a keyed repartition topic ({@value EnrichTopology#KEYS_TOPIC}, {@value
 * EnrichTopology#VERIFY_TOPIC}) owns an index key or a statement's signature, so that a statement's
 * keys can travel as one message per owning partition instead of one per key.
 *
 * <p>The owner of a key is the partition Kafka's default partitioner gives a record keyed by it
 * (murmur2 of the key's 8 big-endian bytes, modulo the partition count): the same partition that
 * held the key's bucket when each key was a record of its own, so stores written that way stay
 * valid. A group message is keyed by its owner's number and {@link Partitioner} sends group {@code g}
 * to partition {@code g mod numPartitions}: if the count the topology was built with differs from
 * the topic's, keys still go to one fixed partition each (every instance computes the same owner
 * from the same count), only less evenly spread, and a warning is logged.
 */
final class KeyGroups {

  private static final Logger LOG = LoggerFactory.getLogger(KeyGroups.class);

  private KeyGroups() {}

  /** The partition, of {@code partitions}, that owns {@code key}. */
  static int owner(long key, int partitions) {
    byte[] bytes = new byte[Long.BYTES];
    for (int i = Long.BYTES - 1; i >= 0; i--) {
      bytes[i] = (byte) key;
      key >>>= 8;
    }
    return Utils.toPositive(Utils.murmur2(bytes)) % partitions;
  }

  /** Sends a group message, keyed by its owner's number, to that partition. */
  static final class Partitioner implements StreamPartitioner<Long, DedupMessage> {

    private final int expectedPartitions;
    private final AtomicBoolean warned = new AtomicBoolean();

    /** @param expectedPartitions the partition count the owners were computed with */
    Partitioner(int expectedPartitions) {
      this.expectedPartitions = expectedPartitions;
    }

    @Override
    public Optional<Set<Integer>> partitions(String topic, Long group, DedupMessage message, int numPartitions) {
      if (numPartitions != expectedPartitions && warned.compareAndSet(false, true)) {
        LOG.warn("{} has {} partitions, the duplicate stage groups keys for {}: decisions stay correct,"
            + " the key index is spread unevenly; restart enrich so it reads the partition count again",
            topic, numPartitions, expectedPartitions);
      }
      return Optional.of(Set.of((int) Math.floorMod(group, (long) numPartitions)));
    }
  }
}
