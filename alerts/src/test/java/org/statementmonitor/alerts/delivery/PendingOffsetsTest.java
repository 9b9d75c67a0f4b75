package org.statementmonitor.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class PendingOffsetsTest {

  private final TopicPartition p0 = new TopicPartition("monitor.alerts", 0);
  private final PendingOffsets pending = new PendingOffsets();

  @Test
  void shouldCommitOnlyUpToTheFirstUnsettledAlert() {
    pending.settled(p0, 0);
    pending.opened(p0, 1);
    pending.opened(p0, 2);
    pending.settled(p0, 3);

    assertThat(pending.committable()).containsEntry(p0, 1L);

    pending.settled(p0, 2);
    assertThat(pending.committable()).containsEntry(p0, 1L);

    pending.settled(p0, 1);
    assertThat(pending.committable()).containsEntry(p0, 4L);
    assertThat(pending.size()).isZero();
  }

  @Test
  void shouldForgetRevokedPartitions() {
    pending.opened(p0, 7);
    pending.forget(List.of(p0));

    assertThat(pending.committable()).isEmpty();
  }
}
