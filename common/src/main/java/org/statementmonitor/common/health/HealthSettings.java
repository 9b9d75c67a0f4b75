package org.statementmonitor.common.health;

import java.util.List;
import org.statementmonitor.common.config.ConfigException;

/**
 * The {@code health} section of the configuration.
 *
 * <pre>
 * health:
 *   kafkaTimeoutMs: 2000        # a broker that does not answer within this is DOWN
 *   cacheMs: 5000               # answers are reused this long
 *   maxConsumerLag: 100000      # a group further behind than this (records, all partitions) is DOWN
 *   consumerGroups: [monitor-indexer, monitor-enrich]   # groups whose lag is checked; none by default
 * </pre>
 *
 * @param kafkaTimeoutMs how long a broker request of the check may take (default 2000)
 * @param cacheMs how long an answer is reused (default 5000)
 * @param maxConsumerLag records a group may lag behind before it is reported DOWN (default 100000)
 * @param consumerGroups consumer groups whose lag is checked (default none)
 */
public record HealthSettings(Integer kafkaTimeoutMs, Integer cacheMs, Long maxConsumerLag,
    List<String> consumerGroups) {

  public HealthSettings {
    kafkaTimeoutMs = kafkaTimeoutMs == null ? 2000 : kafkaTimeoutMs;
    cacheMs = cacheMs == null ? 5000 : cacheMs;
    maxConsumerLag = maxConsumerLag == null ? 100_000L : maxConsumerLag;
    consumerGroups = consumerGroups == null ? List.of() : List.copyOf(consumerGroups);
    if (kafkaTimeoutMs < 100) {
      throw new ConfigException("health.kafkaTimeoutMs must be >= 100, was " + kafkaTimeoutMs);
    }
    if (cacheMs < 0) {
      throw new ConfigException("health.cacheMs must be >= 0, was " + cacheMs);
    }
    if (maxConsumerLag < 0) {
      throw new ConfigException("health.maxConsumerLag must be >= 0, was " + maxConsumerLag);
    }
  }

  /** The defaults: broker reachability only, no lag check. */
  public static HealthSettings defaults() {
    return new HealthSettings(null, null, null, null);
  }
}
