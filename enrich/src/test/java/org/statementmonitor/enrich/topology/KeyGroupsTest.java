package org.statementmonitor.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.internals.DefaultStreamPartitioner;
import org.junit.jupiter.api.Test;

/** Owning partitions of index keys and signatures, and the routing of group messages. */
class KeyGroupsTest {

  @Test
  void shouldOwnEachKeyWhereKafkaSentARecordKeyedByIt() {
    // the partition a one-record-per-key repartition put the key's bucket in: stores stay valid
    DefaultStreamPartitioner<Long, Object> kafka = new DefaultStreamPartitioner<>(Serdes.Long().serializer());
    Random random = new Random(7);
    for (int partitions : new int[] {1, 3, 4, 6, 24}) {
      for (int i = 0; i < 2_000; i++) {
        long key = i < 5 ? new long[] {0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 1L}[i] : random.nextLong();
        assertThat(Optional.of(Set.of(KeyGroups.owner(key, partitions))))
            .as("key %d of %d partitions", key, partitions)
            .isEqualTo(kafka.partitions("t", key, null, partitions));
      }
    }
  }

  @Test
  void shouldSpreadKeysOverEveryPartition() {
    Random random = new Random(11);
    int[] counts = new int[3];
    for (int i = 0; i < 3_000; i++) {
      counts[KeyGroups.owner(random.nextLong(), 3)]++;
    }
    for (int c : counts) {
      assertThat(c).isBetween(850, 1_150);
    }
  }

  @Test
  void shouldSendGroupToItsPartitionAndStayFixedWhenTheCountDiffers() {
    KeyGroups.Partitioner partitioner = new KeyGroups.Partitioner(3);
    assertThat(partitioner.partitions("t", 2L, null, 3)).contains(Set.of(2));
    assertThat(partitioner.partitions("t", 0L, null, 3)).contains(Set.of(0));
    // a topic with fewer partitions than the groups: each group still goes to one fixed partition
    assertThat(partitioner.partitions("t", 2L, null, 2)).contains(Set.of(0));
    assertThat(partitioner.partitions("t", 2L, null, 1)).contains(Set.of(0));
  }
}
