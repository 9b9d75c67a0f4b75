package org.statementmonitor.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MonitorConfigTest {

  @Test
  void shouldBindSectionsAndResolveEnvironmentReferences() {
    MonitorConfig config = MonitorConfig.parse("""
        kafka:
          bootstrapServers: broker:9093
          securityProtocol: SASL_SSL
          saslMechanism: SCRAM-SHA-512
          username: monitor
          password: ${env:KAFKA_PASSWORD}
        """, "test.yml", Map.of("KAFKA_PASSWORD", "s3cret")::get);

    KafkaSettings kafka = config.section("kafka", KafkaSettings.class);

    assertThat(kafka.clientProperties())
        .containsEntry("bootstrap.servers", "broker:9093")
        .containsEntry("sasl.mechanism", "SCRAM-SHA-512");
    assertThat(kafka.clientProperties().getProperty("sasl.jaas.config")).contains("ScramLoginModule")
        .contains("password=\"s3cret\"");
    assertThat(kafka.toString()).doesNotContain("s3cret");
  }

  @Test
  void shouldUseDefaultsForMissingSection() {
    MonitorConfig config = MonitorConfig.empty();
    assertThat(config.section("kafka", KafkaSettings.class).bootstrapServers()).isEqualTo("localhost:9092");
    assertThat(config.section("elasticsearch", ElasticsearchSettings.class).url())
        .isEqualTo("http://localhost:9200");
  }

  @Test
  void shouldNameMissingEnvironmentVariable() {
    assertThatThrownBy(() -> MonitorConfig.parse("kafka:\n  password: ${env:NOPE}\n", "x.yml", k -> null))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("NOPE").hasMessageContaining("x.yml");
  }

  @Test
  void shouldNameSectionAndConstraintWhenInvalid() {
    MonitorConfig config = MonitorConfig.parse("elasticsearch:\n  url: ftp://nowhere\n", "x.yml", k -> null);
    assertThatThrownBy(() -> config.section("elasticsearch", ElasticsearchSettings.class))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("section 'elasticsearch'")
        .hasMessageContaining("http(s)://host:port");
  }

  @Test
  void shouldRefuseYamlThatIsNotAMapping() {
    assertThatThrownBy(() -> MonitorConfig.parse("- a\n- b\n", "list.yml", k -> null))
        .isInstanceOf(ConfigException.class).hasMessageContaining("mapping");
  }
}
