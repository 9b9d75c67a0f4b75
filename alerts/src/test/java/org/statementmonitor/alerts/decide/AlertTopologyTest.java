package org.statementmonitor.alerts.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statementmonitor.alerts.AlertMetrics;
import org.statementmonitor.alerts.StatementFixture;
import org.statementmonitor.alerts.query.QueryCompiler;
import org.statementmonitor.alerts.rules.RuleBook;
import org.statementmonitor.alerts.rules.RuleParser;
import org.statementmonitor.common.event.Alert;
import org.statementmonitor.common.event.DeadLetter;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.json.Json;
import org.statementmonitor.common.topic.Topics;

class AlertTopologyTest {

  private static final Instant START = Instant.parse("2026-03-02T09:10:00Z");

  @TempDir Path stateDir;
  private final RuleBook book = RuleBook.create();
  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> enriched;
  private TestOutputTopic<String, Alert> alerts;
  private TestOutputTopic<String, DeadLetter> deadLetters;

  private void start(String rulesYaml) {
    book.apply(new RuleParser(QueryCompiler.withDefaults()).parse(rulesYaml, "test.yml"));
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "alerts-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    driver = new TopologyTestDriver(AlertTopology.build(book, AlertMetrics.discarding(), Duration.ofDays(30)),
        props, START);
    enriched = driver.createInputTopic(Topics.ENRICHED.name(), Serdes.String().serializer(),
        Serdes.ByteArray().serializer(), START, Duration.ofSeconds(1));
    alerts = driver.createOutputTopic(Topics.ALERTS.name(), Serdes.String().deserializer(),
        Topics.ALERTS.valueSerde().deserializer());
    deadLetters = driver.createOutputTopic(Topics.DEAD_LETTERS.name(), Serdes.String().deserializer(),
        Topics.DEAD_LETTERS.valueSerde().deserializer());
  }

  @AfterEach
  void close() {
    if (driver != null) {
      driver.close();
    }
    book.close();
  }

  private void send(EnrichedStatement s) {
    enriched.pipeInput(s.id(), Json.toBytes(s));
  }

  private void send(EnrichedStatement s, Instant time) {
    enriched.pipeInput(s.id(), Json.toBytes(s), time);
  }

  @Test
  void shouldRaiseAMatchOnceEvenWhenTheStatementIsReplayedOrCopied() {
    start("- {name: wac, query: 'entity.org:\"Western Azerbaijan Community\"'}");
    EnrichedStatement original = StatementFixture.appeal().id("orig").build();

    send(original);
    send(original);
    send(StatementFixture.appeal().id("copy").source("news-site", "media").copyOf("orig").build());

    List<Alert> raised = alerts.readValuesToList();
    assertThat(raised).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo("wac/orig");
      assertThat(a.kind()).isEqualTo("match");
      assertThat(a.rule()).isEqualTo("wac");
      assertThat(a.title()).isEqualTo("Appeal on the rights of displaced families");
      assertThat(a.source()).isEqualTo("wac-site");
      assertThat(a.url()).isEqualTo("https://example.org/orig");
      assertThat(a.matched()).contains("entity.org: Western Azerbaijan Community");
      assertThat(a.snippet()).contains("Western Azerbaijan Community calls on");
      assertThat(a.published()).isEqualTo(StatementFixture.T0);
    });
  }

  @Test
  void shouldRaiseAPickupForEachCopyWithTheOutletAndTheDelay() {
    start("- {name: wac-pickups, kind: pickup, query: 'entity.org:\"Western Azerbaijan Community\"'}");
    send(StatementFixture.appeal().id("orig").build());
    send(StatementFixture.appeal().id("copy-1").source("daily-news", "media")
        .published(StatementFixture.T0.plus(Duration.ofMinutes(95))).copyOf("orig").build());
    // a copy that no longer names the organisation is still a pickup of the original
    send(StatementFixture.appeal().id("copy-2").text("Families displaced decades ago ask to return home.")
        .source("weekly", "media").published(StatementFixture.T0.plus(Duration.ofHours(26))).copyOf("orig").build());
    send(StatementFixture.appeal().id("copy-1").source("daily-news", "media").copyOf("orig").build());

    List<Alert> raised = alerts.readValuesToList();
    assertThat(raised).extracting(Alert::kind).containsExactly("match", "pickup", "pickup");
    assertThat(raised.get(1).source()).isEqualTo("daily-news");
    assertThat(raised.get(1).message()).contains("Picked up by daily-news 95m after the original");
    assertThat(raised.get(1).clusterId()).isEqualTo("orig");
    assertThat(raised.get(2).message()).contains("weekly 26h after the original");
    assertThat(raised.get(2).matched()).containsExactly("copy of: orig");
  }

  @Test
  void shouldRaiseNewSourceOnlyForTheFirstStatementOfEachSource() {
    start("- {name: fresh, kind: new_source, query: displaced}");
    send(StatementFixture.appeal().id("a1").source("outlet-a").build());
    send(StatementFixture.appeal().id("a2").source("outlet-a").build());
    send(StatementFixture.appeal().id("b1").source("outlet-b").build());

    assertThat(alerts.readValuesToList()).extracting(Alert::statementId, Alert::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("a1", "new_source"),
            org.assertj.core.groups.Tuple.tuple("b1", "new_source"));
  }

  @Test
  void shouldThrottleAndReportTheSuppressedCountInTheNextAlert() {
    start("- {name: busy, query: displaced, throttle: 1/1h}");
    send(StatementFixture.appeal().id("s1").build());
    send(StatementFixture.appeal().id("s2").build());
    send(StatementFixture.appeal().id("s3").build());
    driver.advanceWallClockTime(Duration.ofMinutes(61));
    send(StatementFixture.appeal().id("s4").build());

    List<Alert> raised = alerts.readValuesToList();
    assertThat(raised).extracting(Alert::statementId).containsExactly("s1", "s4");
    assertThat(raised.get(1).suppressed()).isEqualTo(2);
  }

  @Test
  void shouldThrottleARuleThatMatchesEverythingEvenWithoutAThrottle() {
    start("- {name: all, query: '*:*'}");
    for (int i = 0; i < 15; i++) {
      send(StatementFixture.appeal().id("s" + i).build());
    }

    assertThat(book.current().broad()).containsExactly("all");
    assertThat(alerts.readValuesToList()).hasSize(10);
  }

  @Test
  void shouldRaiseASpikeWhenTheWindowCountReachesTheThreshold() {
    start("- {name: surge, kind: spike, query: displaced, spike: {window: 1h, threshold: 3}}");
    send(StatementFixture.appeal().id("s1").build(), START);
    send(StatementFixture.appeal().id("s2").build(), START.plus(Duration.ofMinutes(70)));
    send(StatementFixture.appeal().id("s3").build(), START.plus(Duration.ofMinutes(90)));
    assertThat(alerts.readValuesToList()).isEmpty();

    send(StatementFixture.appeal().id("s4").build(), START.plus(Duration.ofMinutes(100)));
    send(StatementFixture.appeal().id("s5").build(), START.plus(Duration.ofMinutes(101)));

    assertThat(alerts.readValuesToList()).singleElement().satisfies(a -> {
      assertThat(a.kind()).isEqualTo("spike");
      assertThat(a.message()).contains("3 matching statements in 1h");
      assertThat(a.statementId()).isEqualTo("s4");
    });
  }

  @Test
  void shouldRaiseASpikeOverAMultipleOfTheBaseline() {
    start("- {name: surge, kind: spike, query: displaced, spike: {window: 1h, multiple: 3, baseline: 4h, minimum: 3}}");
    // baseline: one statement per hour for four hours
    for (int h = 0; h < 4; h++) {
      send(StatementFixture.appeal().id("b" + h).build(), START.plus(Duration.ofHours(h)));
    }
    for (int i = 0; i < 3; i++) {
      send(StatementFixture.appeal().id("x" + i).build(), START.plus(Duration.ofMinutes(4 * 60 + 10 + i)));
    }
    assertThat(alerts.readValuesToList()).isEmpty();

    send(StatementFixture.appeal().id("x3").build(), START.plus(Duration.ofMinutes(4 * 60 + 20)));

    assertThat(alerts.readValuesToList()).singleElement().extracting(Alert::kind).isEqualTo("spike");
  }

  @Test
  void shouldSendOneDigestPerPeriodWithEveryAlertOfTheRule() {
    start("- {name: daily-wac, query: displaced, digest: hourly}");
    send(StatementFixture.appeal().id("d1").title("First appeal").build());
    send(StatementFixture.appeal().id("d2").title("Second appeal").build());
    assertThat(alerts.readValuesToList()).extracting(Alert::kind).containsExactly("match", "match");

    driver.advanceWallClockTime(Duration.ofMinutes(51));

    assertThat(alerts.readValuesToList()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo("digest");
      assertThat(d.id()).isEqualTo("daily-wac/digest/2026-03-02T09:00:00Z");
      assertThat(d.message()).startsWith("2 alerts for rule daily-wac").contains("First appeal", "Second appeal");
    });
  }

  @Test
  void shouldDeadLetterARecordThatIsNotAnEnrichedStatement() {
    start("- {name: wac, query: displaced}");
    enriched.pipeInput("bad", "{\"schemaVersion\":1,".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    send(StatementFixture.appeal().id("good").build());

    assertThat(deadLetters.readValuesToList()).singleElement().satisfies(d -> {
      assertThat(d.stage()).isEqualTo("alerts.decide");
      assertThat(d.reason()).contains("not a readable enriched statement");
      assertThat(d.key()).isEqualTo("bad");
    });
    assertThat(alerts.readValuesToList()).extracting(Alert::statementId).containsExactly("good");
  }

  @Test
  void shouldApplyReloadedRulesToTheNextStatement() {
    start("- {name: old, query: weather}");
    send(StatementFixture.appeal().id("s1").build());
    book.apply(new RuleParser(QueryCompiler.withDefaults()).parse("- {name: new, query: displaced}", "test.yml"));
    send(StatementFixture.appeal().id("s2").build());

    assertThat(alerts.readValuesToList()).extracting(Alert::id).containsExactly("new/s2");
  }
}
