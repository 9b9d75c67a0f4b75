package org.statementmonitor.embedded.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class KafkaBrokerSettingsTest {

  private static final Path DIR = Path.of("/var/lib/monitor/kafka");

  @Test
  void shouldConfigureOneNodeAsBrokerAndController() {
    Properties p = new KafkaBrokerSettings("127.0.0.1", 19092, 19093, DIR, Map.of()).toProperties();

    assertThat(p.getProperty("process.roles")).isEqualTo("broker,controller");
    assertThat(p.getProperty("controller.quorum.voters")).isEqualTo("1@127.0.0.1:19093");
    assertThat(p.getProperty("listeners")).isEqualTo("PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093");
    assertThat(p.getProperty("advertised.listeners")).isEqualTo("PLAINTEXT://127.0.0.1:19092");
    assertThat(p.getProperty("log.dirs")).isEqualTo(DIR.toAbsolutePath().toString());
  }

  @Test
  void shouldGiveEveryInternalTopicReplicationFactorOneSoTransactionsWork() {
    Properties p = new KafkaBrokerSettings("127.0.0.1", 19092, 19093, DIR, Map.of()).toProperties();

    assertThat(p).containsEntry("offsets.topic.replication.factor", "1")
        .containsEntry("transaction.state.log.replication.factor", "1")
        .containsEntry("transaction.state.log.min.isr", "1")
        .containsEntry("share.coordinator.state.topic.replication.factor", "1")
        .containsEntry("share.coordinator.state.topic.min.isr", "1")
        .containsEntry("group.initial.rebalance.delay.ms", "0")
        .containsEntry("log.cleaner.dedupe.buffer.size", String.valueOf(16L * 1024 * 1024));
  }

  @Test
  void shouldLetOverridesReplaceDefaults() {
    Properties p = new KafkaBrokerSettings("127.0.0.1", 19092, 19093, DIR,
        Map.of("num.partitions", "6", "log.retention.hours", "1")).toProperties();

    assertThat(p).containsEntry("num.partitions", "6").containsEntry("log.retention.hours", "1");
  }

  @Test
  void shouldRejectUnchosenOrClashingPorts() {
    assertThatThrownBy(() -> new KafkaBrokerSettings("127.0.0.1", 0, 19093, DIR, Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("broker port");
    assertThatThrownBy(() -> new KafkaBrokerSettings("127.0.0.1", 19092, 19092, DIR, Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("controller port");
  }

  @Test
  void shouldPickDistinctFreePortsWhenAskedForPortZero() {
    EmbeddedKafka kafka = EmbeddedKafka.builder().dataDir(DIR).port(0).build();

    assertThat(kafka.port()).isBetween(1, 65535);
    assertThat(kafka.bootstrapServers()).isEqualTo("127.0.0.1:" + kafka.port());
    assertThat(kafka.isRunning()).isFalse();
  }
}
