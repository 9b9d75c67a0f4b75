package org.statementmonitor.alerts.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.alerts.AlertMetrics;
import org.statementmonitor.common.deadletter.DeadLetters;
import org.statementmonitor.common.event.Alert;
import org.statementmonitor.common.json.Json;
import org.statementmonitor.common.ops.HealthCheck;

/**
 * Delivers alerts to one channel, in order, from its own thread, so a channel that is down delays
 * only itself. The alert at the head is retried with backoff until the channel takes it; it is given
 * up (recorded as dead, sent to the dead-letter topic with the reason) when the channel refuses it
 * for good or it has waited longer than the policy allows. Every final outcome is written to the
 * {@link DeliveryLog}; the worker goes on to the next alert at once, and the alert counts as settled
 * (its offset may be committed) only when the log acknowledges the write. When the write fails the
 * alert never counts as settled: its offset stays uncommitted, so a restart reads it again, finds no
 * outcome in the log and sends it once more.
 */
public final class ChannelWorker implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ChannelWorker.class);
  static final String STAGE = "alerts.deliver";

  /** An alert waiting for this channel; {@code settled} runs once its outcome is durable in the log. */
  public record Job(Alert alert, Instant queued, Runnable settled) {}

  private final Channel channel;
  private final DeliveryLog log;
  private final DeliveryPolicy policy;
  private final DeadLetterSink deadLetters;
  private final AlertMetrics metrics;
  private final LinkedBlockingQueue<Job> queue = new LinkedBlockingQueue<>();
  private final AtomicInteger unrecorded = new AtomicInteger();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile String lastError;
  private volatile boolean up = true;
  private volatile boolean busy;

  public ChannelWorker(Channel channel, DeliveryLog log, DeliveryPolicy policy, DeadLetterSink deadLetters,
      AlertMetrics metrics) {
    this.channel = channel;
    this.log = log;
    this.policy = policy;
    this.deadLetters = deadLetters;
    this.metrics = metrics;
    this.thread = Thread.ofPlatform().daemon().name("alerts-channel-" + channel.name()).start(this::run);
  }

  /** Queues an alert for delivery. */
  public void submit(Job job) {
    queue.add(job);
  }

  /** Alerts waiting (including the one being attempted). */
  public int backlog() {
    return queue.size() + (busy ? 1 : 0);
  }

  /** The channel's state for /health: up, or down with the last error and the backlog. */
  public HealthCheck.Status health() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("backlog", backlog());
    if (lastError != null) {
      details.put("lastError", lastError);
    }
    if (unrecorded.get() > 0) {
      details.put("unrecordedOutcomes", unrecorded.get());
    }
    return new HealthCheck.Status(up, details);
  }

  private void run() {
    while (running) {
      Job job;
      try {
        job = queue.poll(200, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        return;
      }
      if (job == null) {
        continue;
      }
      busy = true;
      try {
        deliver(job);
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        LOG.error("delivery of alert {} to {} failed unexpectedly", job.alert().id(), channel.name(), e);
        job.settled().run();
      } finally {
        busy = false;
      }
    }
  }

  private void deliver(Job job) throws InterruptedException {
    Alert alert = job.alert();
    for (int attempt = 1; running; attempt++) {
      CompletionStage<Void> known = log.recorded(alert.id(), channel.name());
      if (known != null) {
        LOG.debug("alert {} already settled on {}", alert.id(), channel.name());
        settleWhenDurable(job, known, "settled");
        return;
      }
      try {
        channel.deliver(alert);
        up = true;
        lastError = null;
        metrics.delivery(channel.name(), "delivered");
        LOG.debug("alert {} delivered to {} (attempt {})", alert.id(), channel.name(), attempt);
        settle(job, DeliveryRecord.DELIVERED, attempt, null);
        return;
      } catch (DeliveryException e) {
        up = false;
        lastError = e.getMessage();
        Duration waited = Duration.between(job.queued(), Instant.now());
        Duration pause = policy.backoff(attempt);
        if (!e.retriable() || waited.plus(pause).compareTo(policy.maxAge()) > 0) {
          String reason = (e.retriable() ? "gave up after " + attempt + " attempts over " + waited.toSeconds()
              + "s: " : "refused: ") + e.getMessage();
          giveUp(job, attempt, reason, e);
          return;
        }
        metrics.delivery(channel.name(), "failed");
        LOG.warn("alert {} not delivered to {} (attempt {}): {}; retrying in {} ms", alert.id(), channel.name(),
            attempt, e.getMessage(), pause.toMillis());
        Thread.sleep(pause.toMillis());
      }
    }
  }

  private void giveUp(Job job, int attempts, String reason, Exception error) {
    LOG.error("alert {} dead-lettered for channel {}: {}", job.alert().id(), channel.name(), reason);
    metrics.delivery(channel.name(), "dead");
    deadLetters.send(job.alert().id(), DeadLetters.of(STAGE + "." + channel.name(), job.alert().id(),
        Json.toString(job.alert()), reason, error));
    settle(job, DeliveryRecord.DEAD, attempts, reason);
  }

  private void settle(Job job, String outcome, int attempts, String reason) {
    DeliveryRecord record = new DeliveryRecord(job.alert().id(), channel.name(), outcome, attempts, reason,
        Instant.now());
    settleWhenDurable(job, log.record(record), outcome);
  }

  /**
   * Lets the alert count as settled once {@code write} (its outcome in the log) completes; if the
   * write fails, the alert stays unsettled, so its offset is not committed and a restart sends it
   * again (at most once more: the channel already has it).
   */
  private void settleWhenDurable(Job job, CompletionStage<Void> write, String outcome) {
    write.whenComplete((done, error) -> {
      if (error == null) {
        job.settled().run();
        return;
      }
      unrecorded.incrementAndGet();
      metrics.delivery(channel.name(), "unrecorded");
      LOG.error("cannot record that alert {} was {} on channel {} ({}); its offset in the alerts topic stays "
          + "uncommitted, so after a restart the delivery log is checked again and the alert is sent once more",
          job.alert().id(), outcome, channel.name(), causeOf(error).getMessage());
    });
  }

  private static Throwable causeOf(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    channel.close();
  }
}
