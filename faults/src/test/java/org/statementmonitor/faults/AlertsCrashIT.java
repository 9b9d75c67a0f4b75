package org.statementmonitor.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.event.Source;
import org.statementmonitor.common.event.Statement;
import org.statementmonitor.common.topic.Topics;
import org.statementmonitor.testkit.kafka.KafkaCluster;
import org.statementmonitor.testkit.kafka.KafkaExtension;
import org.statementmonitor.testkit.kafka.KafkaRecords;

/**
 * Alerts are delivered at most once per rule and statement, with the delivered state in Kafka: the
 * alerts service, killed with SIGKILL while it is posting alerts to a webhook and started again,
 * delivers every remaining alert and none of the accepted ones a second time.
 */
@ExtendWith(KafkaExtension.class)
class AlertsCrashIT {

  /** Below the broad-rule block (200), so one rule matching all of them is not throttled. */
  private static final int STATEMENTS = 150;
  private static final int BEFORE_KILL = 40;

  @TempDir
  Path dir;

  @Test
  void shouldDeliverEveryAlertOnceAfterHardKillMidDelivery(KafkaCluster kafka) throws Exception {
    // Given a rule matching every statement of one source, a webhook channel, and matching statements
    String source = KafkaCluster.uniqueName("alerts-crash");
    String rule = source + "-rule";
    Path rules = dir.resolve("rules.yml");
    Files.writeString(rules, """
        - name: %s
          query: 'source:"%s"'
          channels: [hook]
        """.formatted(rule, source), StandardCharsets.UTF_8);
    try (WebhookReceiver hook = new WebhookReceiver(BEFORE_KILL)) {
      Path config = FaultFixture.writeConfig(dir, """
          alerts:
            applicationId: %s-app
            rules: %s
            delivery: {groupId: %s-delivery, initialBackoff: 100ms, maxBackoff: 500ms, maxAge: 10m}
            channels:
              hook: {type: webhook, url: "%s", timeout: 5s}
          """.formatted(source, rules, source, hook.url()));
      FaultFixture.send(kafka, Topics.ENRICHED, fromSource(source, StatementFixtures.enriched(source, STATEMENTS)));
      try (ServiceProcess alerts = ServiceProcess.start("alerts", kafka.bootstrapServers(), "http://127.0.0.1:9",
          config, dir.resolve("data"), "384m")) {
        await("alerts delivered before the kill").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
            .untilAsserted(() -> assertThat(hook.held()).as("held deliveries; log:%n%s", alerts.logTail())
                .isPositive());

        // When it is killed while a delivery is in flight, and started again with the webhook answering
        alerts.kill();
        int beforeRestart = hook.accepted().size();
        hook.openGate();
        alerts.restart();

        // Then every alert reaches the webhook, and none twice
        await("all alerts delivered after restart").atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
            .untilAsserted(() -> assertThat(hook.accepted())
                .as("accepted (%d at the kill); log:%n%s", beforeRestart, alerts.logTail())
                .hasSize(STATEMENTS));
        Map<String, Integer> accepted = hook.accepted();
        assertThat(accepted.values()).as("deliveries per alert").containsOnly(1);
        assertThat(accepted.keySet()).allSatisfy(id -> assertThat(id).startsWith(rule + "/" + source + "-"));
        assertThat(beforeRestart).as("the kill happened mid-delivery").isLessThan(STATEMENTS);
        assertThat(FaultFixture.writesPerKey(kafka, Topics.ALERTS, rule + "/").values())
            .as("alerts raised per (rule, statement)").hasSize(STATEMENTS).containsOnly(1);
        assertThat(alerts.isAlive()).isTrue();
      }
    }
  }

  /** The same statements, attributed to a source of their own so only this test's rule matches them. */
  private static List<KafkaRecords.KeyValue<String, EnrichedStatement>> fromSource(String source,
      List<KafkaRecords.KeyValue<String, EnrichedStatement>> records) {
    return records.stream().map(kv -> {
      EnrichedStatement e = kv.value();
      Statement s = e.statement();
      Statement moved = new Statement(s.schemaVersion(), s.id(), s.version(), s.update(), s.url(),
          new Source(source, "feed", List.of("test"), s.source().feedUrl()), s.title(), s.authors(), s.published(),
          s.fetched(), s.contentType(), s.text(), s.metadata(), s.contentHash());
      return new KafkaRecords.KeyValue<>(kv.key(), new EnrichedStatement(e.schemaVersion(), moved, e.language(),
          e.entities(), e.facts(), e.duplicate(), e.flags(), e.enriched()));
    }).toList();
  }
}
