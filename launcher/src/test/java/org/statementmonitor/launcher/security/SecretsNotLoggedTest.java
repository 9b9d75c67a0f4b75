package org.statementmonitor.launcher.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.statementmonitor.launcher.options.CommonOptions;
import org.statementmonitor.launcher.options.LaunchSettings;
import org.statementmonitor.launcher.run.ServiceHost;

/**
 * Secrets given in the configuration (through environment references) appear neither in any log line
 * of the launcher and the Kafka clients, Kafka's own configuration dump included, nor in {@code /health}.
 */
class SecretsNotLoggedTest {

  private static final String KAFKA_SECRET = "kafka-pass-4d5e6f7a";
  private static final String ES_KEY = "es-key-8b9c0d1e2f";

  @TempDir
  Path dir;

  @Test
  void shouldKeepSecretsOutOfLogsAndHealth() throws Exception {
    Path config = Files.writeString(dir.resolve("monitor.yml"), """
        kafka:
          bootstrapServers: 127.0.0.1:1
          securityProtocol: SASL_PLAINTEXT
          saslMechanism: SCRAM-SHA-512
          username: monitor
          password: ${env:KAFKA_PASSWORD}
        elasticsearch:
          url: http://127.0.0.1:9
          apiKey: ${env:ES_API_KEY}
        health: {kafkaTimeoutMs: 500}
        """, StandardCharsets.UTF_8);
    LaunchSettings settings = LaunchSettings.resolve(CommonOptions.of(config, null, null, null, dir, 0),
        Map.of("KAFKA_PASSWORD", KAFKA_SECRET, "ES_API_KEY", ES_KEY)::get);
    LoggerContext logs = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = logs.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Logger kafka = logs.getLogger("org.apache.kafka");
    Level kafkaLevel = kafka.getLevel();
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.setContext(logs);
    captured.start();
    root.addAppender(captured);
    kafka.setLevel(Level.INFO);
    String health;
    try (ServiceHost host = new ServiceHost(Duration.ofSeconds(5))) {
      host.open(settings);
      host.watchKafka();
      health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(host.ops().url() + "/health"))
          .build(), HttpResponse.BodyHandlers.ofString()).body();
    } finally {
      kafka.setLevel(kafkaLevel);
      root.detachAppender(captured);
    }

    String logged = String.join("\n", captured.list.stream()
        .map(e -> e.getFormattedMessage() + (e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage()))
        .toList());
    assertThat(logged).as("the Kafka client logged its configuration").contains("sasl.jaas.config = [hidden]");
    assertThat(logged).doesNotContain(KAFKA_SECRET).doesNotContain(ES_KEY);
    assertThat(health).contains("\"kafka\"").doesNotContain(KAFKA_SECRET).doesNotContain(ES_KEY);
    assertThat(settings.toString() + settings.kafka() + settings.elasticsearch())
        .doesNotContain(KAFKA_SECRET).doesNotContain(ES_KEY);
  }
}
