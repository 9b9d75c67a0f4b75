package org.statementmonitor.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.statementmonitor.alerts.AlertFixture;
import org.statementmonitor.alerts.AlertMetrics;
import org.statementmonitor.alerts.delivery.ChannelWorkerTest.ScriptedChannel;
import org.statementmonitor.common.event.Alert;

/**
 * A channel goes on to its next alert without waiting for the delivery log, but an alert's offset
 * advances only once the log has acknowledged its outcome, and never when the write failed.
 */
class DeliveryAcknowledgementTest {

  private static final DeliveryPolicy FAST = new DeliveryPolicy(Duration.ofMillis(20), Duration.ofMillis(100),
      Duration.ofSeconds(30));
  private static final TopicPartition ALERTS = new TopicPartition("monitor.alerts", 0);

  private final AcknowledgedLaterLog log = new AcknowledgedLaterLog();
  private final PendingOffsets pending = new PendingOffsets();
  private final ScriptedChannel channel = new ScriptedChannel("desk", 0, true);
  private final ChannelWorker worker = new ChannelWorker(channel, log, FAST, (k, d) -> {}, AlertMetrics.discarding());

  @AfterEach
  void close() {
    worker.close();
  }

  private void submit(Alert alert, long offset) {
    pending.opened(ALERTS, offset);
    worker.submit(new ChannelWorker.Job(alert, Instant.now(), () -> pending.settled(ALERTS, offset)));
  }

  @Test
  void shouldDeliverTheNextAlertBeforeTheLogAcknowledgesButCommitOnlyAfterTheAcknowledgement() {
    submit(AlertFixture.match("r", "s1"), 0);
    submit(AlertFixture.match("r", "s2"), 1);

    await().atMost(Duration.ofSeconds(5)).until(() -> log.writes.size() == 2);
    assertThat(channel.delivered).extracting(Alert::id).containsExactly("r/s1", "r/s2");
    assertThat(pending.committable()).containsEntry(ALERTS, 0L);
    assertThat(pending.size()).isEqualTo(2);
    assertThat(log.settled("r/s1", "desk")).as("settled in this process while the write is in flight").isTrue();

    log.acknowledge("r/s2|desk");
    await().atMost(Duration.ofSeconds(5)).until(() -> pending.size() == 1);
    assertThat(pending.committable()).as("offset 0 is not acknowledged yet").containsEntry(ALERTS, 0L);

    log.acknowledge("r/s1|desk");
    await().atMost(Duration.ofSeconds(5)).until(() -> pending.committable().get(ALERTS) == 2L);
    assertThat(pending.size()).isZero();
  }

  @Test
  void shouldKeepTheOffsetUncommittedWhenTheOutcomeCannotBeWritten() {
    submit(AlertFixture.match("r", "s1"), 0);
    submit(AlertFixture.match("r", "s2"), 1);
    await().atMost(Duration.ofSeconds(5)).until(() -> log.writes.size() == 2);

    log.fail("r/s1|desk");
    log.acknowledge("r/s2|desk");

    await().atMost(Duration.ofSeconds(5)).until(() -> pending.size() == 1);
    assertThat(pending.committable()).containsEntry(ALERTS, 0L);
    await().atMost(Duration.ofSeconds(5)).until(() -> worker.health().details().containsKey("unrecordedOutcomes"));
    assertThat(worker.health().details()).containsEntry("unrecordedOutcomes", 1);
    assertThat(channel.delivered).as("not sent again by this process").extracting(Alert::id)
        .containsExactly("r/s1", "r/s2");
  }

  @Test
  void shouldSettleAReReadAlertOnlyWhenItsEarlierWriteIsAcknowledged() {
    submit(AlertFixture.match("r", "s1"), 0);
    await().atMost(Duration.ofSeconds(5)).until(() -> log.writes.size() == 1);
    // the same alert read again (a rebalance) while its outcome is still being written
    submit(AlertFixture.match("r", "s1"), 1);
    await().atMost(Duration.ofSeconds(5)).until(() -> worker.backlog() == 0);

    assertThat(channel.delivered).extracting(Alert::id).containsExactly("r/s1");
    assertThat(pending.size()).isEqualTo(2);

    log.acknowledge("r/s1|desk");
    await().atMost(Duration.ofSeconds(5)).until(() -> pending.size() == 0);
    assertThat(pending.committable()).containsEntry(ALERTS, 2L);
  }

  /** A log whose writes complete only when the test acknowledges or fails them, as a broker would later. */
  static final class AcknowledgedLaterLog implements DeliveryLog {
    final Map<String, CompletableFuture<Void>> writes = new ConcurrentHashMap<>();
    final List<DeliveryRecord> records = new CopyOnWriteArrayList<>();

    @Override
    public CompletionStage<Void> recorded(String alertId, String channel) {
      return writes.get(DeliveryRecord.key(alertId, channel));
    }

    @Override
    public CompletionStage<Void> record(DeliveryRecord record) {
      records.add(record);
      return writes.computeIfAbsent(DeliveryRecord.key(record.alertId(), record.channel()),
          k -> new CompletableFuture<>());
    }

    void acknowledge(String key) {
      writes.get(key).complete(null);
    }

    void fail(String key) {
      writes.get(key).completeExceptionally(new DeliveryException("broker unavailable", true, null));
    }
  }
}
