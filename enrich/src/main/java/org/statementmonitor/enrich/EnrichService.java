package org.statementmonitor.enrich;

import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.common.ops.HealthCheck;
import org.statementmonitor.common.service.MonitorService;
import org.statementmonitor.common.service.ServiceContext;
import org.statementmonitor.common.topic.TopicProvisioner;
import org.statementmonitor.common.topic.Topics;
import org.statementmonitor.enrich.analysis.StatementAnalyzer;
import org.statementmonitor.enrich.topology.DedupPartitions;
import org.statementmonitor.enrich.topology.EnrichConfig;
import org.statementmonitor.enrich.topology.EnrichMetrics;
import org.statementmonitor.enrich.topology.EnrichTopology;

/**
 * Runs the enrich topology: ensures its topics exist, starts Kafka Streams (exactly_once_v2, state
 * under {@code <dataDir>/enrich}), binds the Kafka Streams meters and registers an {@code enrich}
 * health check that is up while the application is RUNNING or REBALANCING. Owned by the launcher.
 */
public final class EnrichService implements MonitorService {

  private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

  private final ServiceContext context;
  private final EnrichConfig config;
  private final StatementAnalyzer analyzer;
  private KafkaStreams streams;
  private KafkaStreamsMetrics streamsMetrics;

  public EnrichService(ServiceContext context, EnrichConfig config, StatementAnalyzer analyzer) {
    this.context = context;
    this.config = config;
    this.analyzer = analyzer;
  }

  @Override
  public String name() {
    return "enrich";
  }

  @Override
  public void start() {
    TopicProvisioner.ensure(context.kafka(), List.of(Topics.RAW, Topics.ENRICHED, Topics.DEAD_LETTERS));
    EnrichMetrics metrics = new EnrichMetrics(context.registry());
    Path stateDir = context.dataDir().resolve("enrich");
    Properties props = config.streamsProperties(context.kafka(), stateDir);
    props.put(EnrichMetrics.CONFIG_KEY, metrics);
    int partitions = DedupPartitions.read(context.kafka(), config.applicationId());
    streams = new KafkaStreams(EnrichTopology.build(config, analyzer, metrics, partitions), props);
    streams.setUncaughtExceptionHandler(e -> {
      LOG.error("enrich stream thread failed; replacing it", e);
      return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler
          .StreamThreadExceptionResponse.REPLACE_THREAD;
    });
    streams.setStateListener((now, before) -> LOG.info("enrich streams {} -> {}", before, now));
    streamsMetrics = new KafkaStreamsMetrics(streams);
    streamsMetrics.bindTo(context.registry());
    if (context.ops() != null) {
      context.ops().register("enrich", this::health);
    }
    streams.start();
    LOG.info("enrich started: application {}, horizon {} days, {} partitions, state in {}",
        config.applicationId(), config.horizonDays(), partitions, stateDir);
  }

  /** The running Kafka Streams instance (for diagnostics and tests), or null before start. */
  public KafkaStreams streams() {
    return streams;
  }

  /** The Kafka Streams state, for tests. */
  public KafkaStreams.State state() {
    return streams == null ? KafkaStreams.State.CREATED : streams.state();
  }

  private HealthCheck.Status health() {
    KafkaStreams.State state = state();
    boolean up = state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
    return new HealthCheck.Status(up, Map.of("state", state.name(), "applicationId", config.applicationId()));
  }

  @Override
  public void close() {
    try {
      if (streams != null) {
        streams.close(CLOSE_TIMEOUT);
      }
    } catch (RuntimeException e) {
      LOG.warn("enrich did not close cleanly: {}", e.toString());
    } finally {
      if (streamsMetrics != null) {
        streamsMetrics.close();
      }
      closeAnalyzer();
    }
  }

  private void closeAnalyzer() {
    if (analyzer instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        LOG.warn("enrich analyzer did not close cleanly: {}", e.toString());
      }
    }
  }
}
