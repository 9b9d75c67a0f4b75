package org.statementmonitor.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.statementmonitor.common.event.DeadLetter;
import org.statementmonitor.common.topic.Topic;
import org.statementmonitor.common.topic.Topics;
import org.statementmonitor.testkit.elasticsearch.ElasticsearchExtension;
import org.statementmonitor.testkit.elasticsearch.ElasticsearchNode;
import org.statementmonitor.testkit.kafka.KafkaCluster;
import org.statementmonitor.testkit.kafka.KafkaExtension;

/**
 * Bad input never stops a service: a record that is not JSON on the raw topic, a record of the wrong
 * type on the enriched topic and a record that is not JSON on the alerts topic each go to the dead-letter
 * topic with the topic, offset and reason, while enrich, the indexer and alerts (each in its own JVM) go
 * on with the good records sent after them.
 */
@ExtendWith({KafkaExtension.class, ElasticsearchExtension.class})
class PoisonRecordsIT {

  @TempDir
  Path dir;

  @Test
  void shouldDeadLetterPoisonInEveryTopicAndGoOn(KafkaCluster kafka, ElasticsearchNode es) throws Exception {
    // Given enrich, the indexer and alerts running, with a rule for this test's statements and a webhook
    String id = KafkaCluster.uniqueName("poison");
    String rule = id + "-rule";
    Path rules = dir.resolve("rules.yml");
    Files.writeString(rules, """
        - name: %s
          query: 'title:"%s"'
          channels: [hook]
        """.formatted(rule, "statement " + id.replace('-', ' ')), StandardCharsets.UTF_8);
    try (WebhookReceiver hook = new WebhookReceiver(Integer.MAX_VALUE)) {
      Path config = FaultFixture.writeConfig(dir, FaultFixture.CONFIG + """
          enrich: {applicationId: %s-enrich}
          alerts:
            applicationId: %s-alerts
            rules: %s
            delivery: {groupId: %s-delivery, initialBackoff: 100ms, maxBackoff: 500ms}
            channels:
              hook: {type: webhook, url: "%s", timeout: 5s}
          """.formatted(id, id, rules, id, hook.url()));
      try (ServiceProcess enrich = ServiceProcess.start("enrich", kafka.bootstrapServers(), es.url(), config,
              dir.resolve("enrich"), "512m");
          ServiceProcess indexer = ServiceProcess.start("index", kafka.bootstrapServers(), es.url(), config,
              dir.resolve("index"), "384m");
          ServiceProcess alerts = ServiceProcess.start("alerts", kafka.bootstrapServers(), es.url(), config,
              dir.resolve("alerts"), "384m")) {
        FaultFixture.send(kafka, Topics.ENRICHED, StatementFixtures.enriched(id + "-warm", 1));
        await("indexer and alerts at work").atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
            .untilAsserted(() -> {
              assertThat(FaultFixture.indexed(es, id + "-warm")).as("indexer log:%n%s", indexer.logTail()).isEqualTo(1);
              assertThat(hook.accepted()).as("alerts log:%n%s", alerts.logTail()).hasSize(1);
            });

        // When a poison record arrives on each topic, followed by good records
        kafka.send(strings(Topics.RAW.name()), id + "-raw-poison", "{\"id\": \"unterminated");
        kafka.sendJson(Topics.ENRICHED.name(), id + "-enriched-poison", List.of("not", "a", "statement"));
        kafka.send(strings(Topics.ALERTS.name()), id + "-alert-poison", "<alert>not json</alert>");
        FaultFixture.send(kafka, Topics.RAW, StatementFixtures.raw(id + "-raw-ok", 1));
        FaultFixture.send(kafka, Topics.ENRICHED, StatementFixtures.enriched(id + "-enr-ok", 1));

        // Then each poison record is dead-lettered with its topic and reason
        await("poison dead-lettered").atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
            .untilAsserted(() -> {
              assertThat(letters(kafka, id + "-raw-poison")).as("enrich log:%n%s", enrich.logTail())
                  .anySatisfy(l -> assertPoison(l, Topics.RAW.name(), "enrich"));
              assertThat(letters(kafka, id + "-enriched-poison")).as("indexer log:%n%s", indexer.logTail())
                  .anySatisfy(l -> assertPoison(l, Topics.ENRICHED.name(), "index"))
                  .anySatisfy(l -> assertPoison(l, Topics.ENRICHED.name(), "alerts"));
              assertThat(letters(kafka, id + "-alert-poison")).as("alerts log:%n%s", alerts.logTail())
                  .anySatisfy(l -> assertPoison(l, Topics.ALERTS.name(), "alerts"));
            });

        // And every service goes on with the records after it
        await("good records processed").atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
            .untilAsserted(() -> {
              assertThat(FaultFixture.writesPerKey(kafka, Topics.ENRICHED, id + "-raw-ok")).as("enriched")
                  .containsOnlyKeys(id + "-raw-ok-0");
              assertThat(FaultFixture.indexed(es, id + "-enr-ok")).as("indexed").isEqualTo(1);
              assertThat(hook.accepted()).as("alerts delivered").containsKeys(rule + "/" + id + "-enr-ok-0");
            });
        assertThat(List.of(enrich.isAlive(), indexer.isAlive(), alerts.isAlive())).containsOnly(true);
      }
    }
  }

  private static void assertPoison(DeadLetter letter, String topic, String stagePrefix) {
    assertThat(letter.topic()).isEqualTo(topic);
    assertThat(letter.stage()).startsWith(stagePrefix);
    assertThat(letter.reason()).isNotBlank();
    assertThat(letter.offset()).isNotNegative();
  }

  private static List<DeadLetter> letters(KafkaCluster kafka, String key) {
    return kafka.readAll(Topics.DEAD_LETTERS).stream()
        .filter(r -> r.value() != null && (key.equals(r.key()) || key.equals(r.value().key())))
        .map(r -> r.value()).toList();
  }

  /** The topic's name with plain string key and value, to write bytes the services cannot read. */
  private static Topic<String, String> strings(String name) {
    return new Topic<>(name, Serdes.String(), Serdes.String());
  }
}
