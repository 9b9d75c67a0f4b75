package org.statementmonitor.indexer.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class OffsetTrackerTest {

  private static final TopicPartition P0 = new TopicPartition("enriched", 0);
  private static final TopicPartition P1 = new TopicPartition("enriched", 1);
  private final OffsetTracker tracker = new OffsetTracker();

  @Test
  void shouldCommitOnlyUpToLowestUnsettledOffset() {
    for (long o = 10; o < 15; o++) {
      tracker.track(P0, o);
    }
    tracker.settle(P0, 10);
    tracker.settle(P0, 11);
    tracker.settle(P0, 13);
    tracker.settle(P0, 14);

    assertThat(tracker.committable()).isEqualTo(Map.of(P0, 12L));
    assertThat(tracker.pending()).isEqualTo(1);
  }

  @Test
  void shouldCommitPastHighestWhenAllSettled() {
    tracker.track(P0, 3);
    tracker.track(P0, 4);
    tracker.settle(P0, 4);
    tracker.settle(P0, 3);

    assertThat(tracker.committable()).isEqualTo(Map.of(P0, 5L));
  }

  @Test
  void shouldNotRepeatCommittedPositions() {
    tracker.track(P0, 0);
    tracker.settle(P0, 0);
    tracker.markCommitted(tracker.committable());

    assertThat(tracker.committable()).isEmpty();
  }

  @Test
  void shouldKeepPartitionsApart() {
    tracker.track(P0, 0);
    tracker.track(P1, 0);
    tracker.settle(P1, 0);

    assertThat(tracker.committable()).isEqualTo(Map.of(P0, 0L, P1, 1L));
  }

  @Test
  void shouldIgnoreSettlementOfForgottenPartition() {
    tracker.track(P0, 7);
    tracker.forget(P0);

    assertThat(tracker.settle(P0, 7)).isFalse();
    assertThat(tracker.pending()).isZero();
    assertThat(tracker.committable()).isEmpty();
  }
}
