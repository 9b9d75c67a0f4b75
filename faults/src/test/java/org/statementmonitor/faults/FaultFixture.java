package org.statementmonitor.faults;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.statementmonitor.common.topic.Topic;
import org.statementmonitor.testkit.elasticsearch.ElasticsearchNode;
import org.statementmonitor.testkit.kafka.KafkaCluster;
import org.statementmonitor.testkit.kafka.KafkaRecords;

/** Shared steps of the fault tests: configuration files, counting what arrived, waiting without sleeping. */
final class FaultFixture {

  /** Quick settings so a test sees results in seconds; the same keys operators set. */
  static final String CONFIG = """
      indexer:
        flushIntervalMs: 200
        bulkActions: 200
        maxPendingRecords: 2000
        retryInitialMs: 200
        retryMaxMs: 2000
      """;

  private FaultFixture() {}

  static Path writeConfig(Path dir, String yaml) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve("monitor.yml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }

  /** Statements whose id starts with {@code prefix} in the alias {@code statements}. */
  static long indexed(ElasticsearchNode es, String prefix) {
    if (!es.isRunning() || !es.http().exists("statements")) {
      return 0;
    }
    es.http().refresh("statements");
    return es.http().count("statements", "{\"prefix\":{\"id\":\"" + prefix + "\"}}");
  }

  /**
   * How many times each key starting with {@code prefix} was written (committed) to the topic. Values
   * are read as bytes, so a poison record another test left on the topic does not stop the count.
   */
  static <V> Map<String, Integer> writesPerKey(KafkaCluster kafka, Topic<String, V> topic, String prefix) {
    Map<String, Integer> counts = new HashMap<>();
    for (ConsumerRecord<String, byte[]> r : kafka.readAll(new Topic<>(topic.name(), Serdes.String(), Serdes.ByteArray()))) {
      if (r.key() != null && r.key().startsWith(prefix)) {
        counts.merge(r.key(), 1, Integer::sum);
      }
    }
    return counts;
  }

  /** Lets {@code duration} pass while checking that {@code stillTrue} holds all along. */
  static void holdFor(Duration duration, String what, BooleanSupplier stillTrue) {
    await(what).pollDelay(duration).atMost(duration.plusSeconds(30))
        .failFast(what + " stopped holding", () -> !stillTrue.getAsBoolean())
        .until(() -> true);
  }

  /**
   * Waits until {@code condition} holds; fails at once when a service process dies, and on timeout
   * with the tail of each service's log, so a failure says what the service was doing.
   */
  static void awaitUntil(String what, Duration timeout, java.util.concurrent.Callable<Boolean> condition,
      ServiceProcess... services) {
    try {
      await(what).atMost(timeout).pollInterval(Duration.ofMillis(500))
          .failFast(what + ": a service process died", () -> {
            for (ServiceProcess s : services) {
              if (!s.isAlive()) {
                return true;
              }
            }
            return false;
          })
          .until(condition);
    } catch (org.awaitility.core.ConditionTimeoutException | org.awaitility.core.TerminalFailureException e) {
      StringBuilder logs = new StringBuilder(e.getMessage());
      for (ServiceProcess s : services) {
        logs.append("\n--- ").append(s.name()).append(" log ---\n").append(s.logTail());
      }
      throw new AssertionError(logs.toString(), e);
    }
  }

  static <V> void send(KafkaCluster kafka, Topic<String, V> topic, List<KafkaRecords.KeyValue<String, V>> records) {
    kafka.sendAll(topic, records);
  }
}
