package org.statementmonitor.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.statementmonitor.alerts.AlertFixture;
import org.statementmonitor.alerts.AlertMetrics;
import org.statementmonitor.common.event.Alert;
import org.statementmonitor.common.event.DeadLetter;

class ChannelWorkerTest {

  private static final DeliveryPolicy FAST = new DeliveryPolicy(Duration.ofMillis(20), Duration.ofMillis(100),
      Duration.ofSeconds(30));

  private final MemoryLog log = new MemoryLog();
  private final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
  private final List<ChannelWorker> workers = new CopyOnWriteArrayList<>();
  private final AtomicInteger settled = new AtomicInteger();

  @AfterEach
  void close() {
    workers.forEach(ChannelWorker::close);
  }

  private ChannelWorker worker(Channel channel, DeliveryPolicy policy) {
    ChannelWorker w = new ChannelWorker(channel, log, policy, (k, d) -> deadLetters.add(d), AlertMetrics.discarding());
    workers.add(w);
    return w;
  }

  private void submit(ChannelWorker w, Alert a) {
    w.submit(new ChannelWorker.Job(a, java.time.Instant.now(), settled::incrementAndGet));
  }

  @Test
  void shouldRetryUntilTheChannelTakesTheAlertAndRecordIt() {
    ScriptedChannel flaky = new ScriptedChannel("flaky", 3, true);
    ChannelWorker w = worker(flaky, FAST);

    submit(w, AlertFixture.match("r", "s1"));

    await().atMost(Duration.ofSeconds(5)).until(() -> settled.get() == 1);
    assertThat(flaky.attempts.get()).isEqualTo(4);
    assertThat(flaky.delivered).extracting(Alert::id).containsExactly("r/s1");
    assertThat(log.records.get("r/s1|flaky").outcome()).isEqualTo(DeliveryRecord.DELIVERED);
    assertThat(w.health().up()).isTrue();
  }

  @Test
  void shouldDeadLetterWithTheReasonWhenTheChannelRefusesForGood() {
    ChannelWorker w = worker(new ScriptedChannel("refusing", Integer.MAX_VALUE, false), FAST);

    submit(w, AlertFixture.match("r", "s1"));

    await().atMost(Duration.ofSeconds(5)).until(() -> settled.get() == 1);
    assertThat(deadLetters).singleElement().satisfies(d -> {
      assertThat(d.stage()).isEqualTo("alerts.deliver.refusing");
      assertThat(d.reason()).startsWith("refused: ").contains("HTTP 400");
      assertThat(d.value()).contains("\"id\":\"r/s1\"");
    });
    assertThat(log.records.get("r/s1|refusing").outcome()).isEqualTo(DeliveryRecord.DEAD);
    assertThat(w.health().up()).isFalse();
    assertThat(w.health().details()).containsEntry("lastError", "refusing answered HTTP 400");
  }

  @Test
  void shouldGiveUpAfterTheBoundWhenTheChannelStaysDown() {
    DeliveryPolicy shortBound = new DeliveryPolicy(Duration.ofMillis(20), Duration.ofMillis(50), Duration.ofMillis(400));
    ChannelWorker w = worker(new ScriptedChannel("down", Integer.MAX_VALUE, true), shortBound);

    submit(w, AlertFixture.match("r", "s1"));

    await().atMost(Duration.ofSeconds(5)).until(() -> settled.get() == 1);
    assertThat(deadLetters).singleElement().extracting(DeadLetter::reason).asString()
        .startsWith("gave up after").contains("down answered HTTP 503");
  }

  @Test
  void shouldNotLetADownChannelDelayAnother() {
    ChannelWorker down = worker(new ScriptedChannel("down", Integer.MAX_VALUE, true), FAST);
    ScriptedChannel healthy = new ScriptedChannel("healthy", 0, true);
    ChannelWorker up = worker(healthy, FAST);

    for (int i = 0; i < 5; i++) {
      submit(down, AlertFixture.match("r", "s" + i));
      submit(up, AlertFixture.match("r", "s" + i));
    }

    await().atMost(Duration.ofSeconds(5)).until(() -> healthy.delivered.size() == 5);
    assertThat(down.backlog()).isEqualTo(5);
    assertThat(settled.get()).isEqualTo(5);
  }

  @Test
  void shouldSkipAnAlertTheLogAlreadyHasAsDelivered() {
    ScriptedChannel channel = new ScriptedChannel("once", 0, true);
    log.records.put("r/s1|once", new DeliveryRecord("r/s1", "once", DeliveryRecord.DELIVERED, 1, null, null));
    ChannelWorker w = worker(channel, FAST);

    submit(w, AlertFixture.match("r", "s1"));
    submit(w, AlertFixture.match("r", "s2"));

    await().atMost(Duration.ofSeconds(5)).until(() -> settled.get() == 2);
    assertThat(channel.delivered).extracting(Alert::id).containsExactly("r/s2");
  }

  /** A channel failing its first {@code failures} attempts (retriable 503, or a permanent 400). */
  static final class ScriptedChannel implements Channel {
    final String name;
    final int failures;
    final boolean retriable;
    final AtomicInteger attempts = new AtomicInteger();
    final List<Alert> delivered = new CopyOnWriteArrayList<>();

    ScriptedChannel(String name, int failures, boolean retriable) {
      this.name = name;
      this.failures = failures;
      this.retriable = retriable;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public void deliver(Alert alert) throws DeliveryException {
      if (attempts.incrementAndGet() <= failures) {
        throw new DeliveryException(name + " answered HTTP " + (retriable ? 503 : 400), retriable, null);
      }
      delivered.add(alert);
    }
  }

  /** A log that holds every outcome at once, as if the broker acknowledged each write immediately. */
  static final class MemoryLog implements DeliveryLog {
    final Map<String, DeliveryRecord> records = new ConcurrentHashMap<>();

    @Override
    public CompletionStage<Void> recorded(String alertId, String channel) {
      return records.containsKey(DeliveryRecord.key(alertId, channel)) ? CompletableFuture.completedFuture(null) : null;
    }

    @Override
    public CompletionStage<Void> record(DeliveryRecord record) {
      records.put(DeliveryRecord.key(record.alertId(), record.channel()), record);
      return CompletableFuture.completedFuture(null);
    }
  }
}
