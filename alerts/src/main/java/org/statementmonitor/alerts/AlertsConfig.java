package org.statementmonitor.alerts;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.statementmonitor.alerts.delivery.ChannelSettings;
import org.statementmonitor.alerts.delivery.DeliveryPolicy;
import org.statementmonitor.alerts.rules.Durations;
import org.statementmonitor.common.config.ConfigException;

/**
 * The {@code alerts} section of the configuration; every key has a default, so an empty section
 * works (no channels, rules in {@code <dataDir>/alerts/rules}, API off).
 *
 * @param applicationId Kafka Streams application id of the decision part (default monitor-alerts)
 * @param rules a rules YAML file or a directory of them (watched and reloaded on change)
 * @param api the rules HTTP API (off until {@code api.key} is set)
 * @param channels delivery channels by name
 * @param delivery retry policy and consumer group of the delivery part
 * @param stateRetention how long fire-once marks are kept (default 30d)
 * @param streamThreads Kafka Streams threads (default 1)
 */
public record AlertsConfig(
    String applicationId,
    String rules,
    Api api,
    Map<String, ChannelSettings> channels,
    Delivery delivery,
    String stateRetention,
    Integer streamThreads) {

  public AlertsConfig {
    applicationId = applicationId == null || applicationId.isBlank() ? "monitor-alerts" : applicationId;
    api = api == null ? new Api(null, null) : api;
    channels = channels == null ? Map.of() : Map.copyOf(channels);
    delivery = delivery == null ? new Delivery(null, null, null, null) : delivery;
    stateRetention = stateRetention == null ? "30d" : stateRetention;
    streamThreads = streamThreads == null ? 1 : streamThreads;
    if (streamThreads < 1) {
      throw new ConfigException("alerts.streamThreads must be >= 1, was " + streamThreads);
    }
    try {
      Durations.parse(stateRetention);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("alerts.stateRetention: " + e.getMessage(), e);
    }
    for (String name : channels.keySet()) {
      if (!name.matches("[A-Za-z0-9_.-]{1,64}")) {
        throw new ConfigException("alerts.channels: channel name '" + name + "' must be 1-64 letters, digits, '.', '_' or '-'");
      }
    }
  }

  /** Where the rules are: the configured path, or {@code <dataDir>/alerts/rules}. */
  public Path rulesPath(Path dataDir) {
    return rules == null || rules.isBlank() ? dataDir.resolve("alerts").resolve("rules") : Path.of(rules);
  }

  public Duration retention() {
    return Durations.parse(stateRetention);
  }

  /**
   * The rules API.
   *
   * @param key the API key callers send as {@code X-Api-Key} (use {@code ${env:..}}); null turns the API off
   * @param maxBodyBytes largest request body accepted (default 64 KiB)
   */
  public record Api(String key, Integer maxBodyBytes) {
    public Api {
      maxBodyBytes = maxBodyBytes == null ? 64 * 1024 : maxBodyBytes;
      if (maxBodyBytes < 256) {
        throw new ConfigException("alerts.api.maxBodyBytes must be >= 256, was " + maxBodyBytes);
      }
      if (key != null && key.length() < 16) {
        throw new ConfigException("alerts.api.key must be at least 16 characters");
      }
    }

    @Override
    public String toString() {
      return "Api[key=" + (key == null ? "none" : "***") + ", maxBodyBytes=" + maxBodyBytes + "]";
    }
  }

  /**
   * The delivery part.
   *
   * @param groupId consumer group reading the alerts topic (default monitor-alerts-delivery)
   * @param initialBackoff first wait after a failed attempt (default 1s)
   * @param maxBackoff longest wait between attempts (default 5m)
   * @param maxAge how long an alert may wait for a channel before it is dead-lettered (default 24h)
   */
  public record Delivery(String groupId, String initialBackoff, String maxBackoff, String maxAge) {
    public Delivery {
      groupId = groupId == null || groupId.isBlank() ? "monitor-alerts-delivery" : groupId;
      initialBackoff = initialBackoff == null ? "1s" : initialBackoff;
      maxBackoff = maxBackoff == null ? "5m" : maxBackoff;
      maxAge = maxAge == null ? "24h" : maxAge;
      try {
        new DeliveryPolicy(Durations.parse(initialBackoff), Durations.parse(maxBackoff), Durations.parse(maxAge));
      } catch (IllegalArgumentException e) {
        throw new ConfigException("alerts.delivery: " + e.getMessage(), e);
      }
    }

    public DeliveryPolicy policy() {
      return new DeliveryPolicy(Durations.parse(initialBackoff), Durations.parse(maxBackoff), Durations.parse(maxAge));
    }
  }
}
