package org.statementmonitor.common.health;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.common.config.KafkaSettings;
import org.statementmonitor.common.ops.HealthCheck;

/**
 * Health of the service's link to Kafka: DOWN when the cluster does not answer a describe-cluster
 * request within {@code kafkaTimeoutMs}, or when a configured consumer group lags more than {@code
 * maxConsumerLag} records behind the end of its partitions. The answer is cached for {@code cacheMs},
 * so {@code /health} stays quick and cheap. Owns one admin client; close it with the service.
 */
public final class KafkaHealth implements HealthCheck, AutoCloseable {

  /** Name under which the check is registered on {@code /health}. */
  public static final String NAME = "kafka";

  private static final Logger LOG = LoggerFactory.getLogger(KafkaHealth.class);

  private final Admin admin;
  private final HealthSettings settings;
  private final LongSupplier clock;
  private Status cached;
  private long cachedAt;

  KafkaHealth(Admin admin, HealthSettings settings, LongSupplier clock) {
    this.admin = admin;
    this.settings = settings;
    this.clock = clock;
  }

  /** A check with its own admin client (secured like every other client of the service). */
  public static KafkaHealth open(KafkaSettings kafka, HealthSettings settings) {
    Properties p = kafka.clientProperties();
    p.put(AdminClientConfig.CLIENT_ID_CONFIG, "monitor-health");
    p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, settings.kafkaTimeoutMs());
    p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, settings.kafkaTimeoutMs());
    return new KafkaHealth(Admin.create(p), settings, System::nanoTime);
  }

  @Override
  public synchronized Status check() {
    long now = clock.getAsLong();
    if (cached == null || now - cachedAt > TimeUnit.MILLISECONDS.toNanos(settings.cacheMs())) {
      cached = probe();
      cachedAt = clock.getAsLong();
    }
    return cached;
  }

  private Status probe() {
    Map<String, Object> details = new LinkedHashMap<>();
    try {
      String clusterId = admin.describeCluster(new DescribeClusterOptions().timeoutMs(settings.kafkaTimeoutMs()))
          .clusterId().get(settings.kafkaTimeoutMs(), TimeUnit.MILLISECONDS);
      details.put("clusterId", clusterId);
      Map<String, Object> lags = new LinkedHashMap<>();
      String laggard = null;
      for (String group : settings.consumerGroups()) {
        long lag = lagOf(group);
        lags.put(group, lag);
        if (lag > settings.maxConsumerLag() && laggard == null) {
          laggard = group;
        }
      }
      if (!lags.isEmpty()) {
        details.put("consumerLag", lags);
        details.put("maxConsumerLag", settings.maxConsumerLag());
      }
      if (laggard != null) {
        details.put("reason", "consumer group " + laggard + " lags " + lags.get(laggard) + " records (more than "
            + settings.maxConsumerLag() + ")");
        return new Status(false, details);
      }
      return Status.up(details);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Status.down("interrupted while checking Kafka");
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
      LOG.debug("Kafka health check failed", cause);
      return Status.down("Kafka not reachable within " + settings.kafkaTimeoutMs() + " ms: " + cause);
    }
  }

  /** Records between the group's committed offsets and the ends of those partitions. */
  long lagOf(String group) throws ExecutionException, InterruptedException, TimeoutException {
    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
        .partitionsToOffsetAndMetadata().get(settings.kafkaTimeoutMs(), TimeUnit.MILLISECONDS);
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    committed.forEach((tp, offset) -> {
      if (offset != null) {
        latest.put(tp, OffsetSpec.latest());
      }
    });
    if (latest.isEmpty()) {
      return 0;
    }
    Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
        .get(settings.kafkaTimeoutMs(), TimeUnit.MILLISECONDS);
    long lag = 0;
    for (var e : ends.entrySet()) {
      lag += Math.max(0, e.getValue().offset() - committed.get(e.getKey()).offset());
    }
    return lag;
  }

  @Override
  public void close() {
    admin.close(Duration.ofSeconds(5));
  }
}
