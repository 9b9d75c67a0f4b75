package org.statementmonitor.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Connection security from configuration: Kafka over TLS with SASL SCRAM and a truststore, Elasticsearch
 * with an API key or a password; the secrets come from the environment and never appear in a printed
 * settings object.
 */
class SecretSettingsTest {

  private static final String KAFKA_SECRET = "kafka-secret-7f3e9a";
  private static final String ES_KEY = "es-api-key-51c0d2";
  private static final String ES_PASSWORD = "es-password-a9b8c7";

  private final MonitorConfig config = MonitorConfig.parse("""
      kafka:
        bootstrapServers: broker-1.example:9093
        securityProtocol: SASL_SSL
        saslMechanism: SCRAM-SHA-512
        username: monitor
        password: ${env:KAFKA_PASSWORD}
        truststoreLocation: /etc/monitor/kafka-ca.pem
      elasticsearch:
        url: https://search.example:9200
        apiKey: ${env:ES_API_KEY}
        username: monitor
        password: ${env:ES_PASSWORD}
        caCertificate: /etc/monitor/es-ca.pem
      """, "secure.yml", Map.of("KAFKA_PASSWORD", KAFKA_SECRET, "ES_API_KEY", ES_KEY, "ES_PASSWORD", ES_PASSWORD)::get);

  @Test
  void shouldCarryScramAndTruststoreIntoEveryKafkaClient() {
    Properties p = config.section("kafka", KafkaSettings.class).clientProperties();

    assertThat(p).containsEntry("bootstrap.servers", "broker-1.example:9093")
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
        .containsEntry("ssl.truststore.location", "/etc/monitor/kafka-ca.pem")
        .containsEntry("ssl.truststore.type", "PEM");
    assertThat((String) p.get("sasl.jaas.config"))
        .startsWith("org.apache.kafka.common.security.scram.ScramLoginModule required")
        .contains("username=\"monitor\"", "password=\"" + KAFKA_SECRET + "\"");
  }

  @Test
  void shouldNeverPrintTheKafkaPassword() {
    KafkaSettings kafka = config.section("kafka", KafkaSettings.class);

    assertThat(kafka.toString()).doesNotContain(KAFKA_SECRET).contains("password=***", "SCRAM-SHA-512");
  }

  @Test
  void shouldReadElasticsearchSecretsFromTheEnvironmentAndNeverPrintThem() {
    ElasticsearchSettings es = config.section("elasticsearch", ElasticsearchSettings.class);

    assertThat(es.apiKey()).isEqualTo(ES_KEY);
    assertThat(es.password()).isEqualTo(ES_PASSWORD);
    assertThat(es.caCertificate()).isEqualTo("/etc/monitor/es-ca.pem");
    assertThat(es.toString()).doesNotContain(ES_KEY).doesNotContain(ES_PASSWORD).contains("apiKey=***");
  }

  @Test
  void shouldRefuseSaslWithoutCredentials() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> MonitorConfig.parse("""
        kafka: {securityProtocol: SASL_SSL, saslMechanism: SCRAM-SHA-256}
        """, "bad.yml", name -> null).section("kafka", KafkaSettings.class))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("needs kafka.saslMechanism, kafka.username and kafka.password");
  }
}
