package org.statementmonitor.common.service;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.util.Objects;
import org.statementmonitor.common.config.ElasticsearchSettings;
import org.statementmonitor.common.config.KafkaSettings;
import org.statementmonitor.common.config.MonitorConfig;
import org.statementmonitor.common.ops.OpsServer;

/**
 * What the launcher hands to every service: the configuration tree, where Kafka and Elasticsearch
 * are, the shared meter registry, the ops server (for health checks and extra HTTP routes, may be
 * null in tests) and the data directory for local state.
 */
public record ServiceContext(
    MonitorConfig config,
    KafkaSettings kafka,
    ElasticsearchSettings elasticsearch,
    MeterRegistry registry,
    OpsServer ops,
    Path dataDir) {
  public ServiceContext {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(kafka, "kafka");
    Objects.requireNonNull(elasticsearch, "elasticsearch");
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(dataDir, "dataDir");
  }
}
