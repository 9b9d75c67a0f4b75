package org.statementmonitor.enrich.topology;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.statementmonitor.common.config.ConfigException;
import org.statementmonitor.common.config.KafkaSettings;
import org.statementmonitor.enrich.dedup.DuplicatePolicy;

/**
 * The {@code enrich} section of the configuration. Every value has a default, so an empty section
 * works.
 *
 * @param applicationId Kafka Streams application id (consumer group, internal topic prefix)
 * @param horizonDays how long statements are remembered for duplicate detection (default 90)
 * @param threads stream threads per instance (default: the available processors, so one instance
 *     uses every core when the topics have enough partitions)
 * @param standbyReplicas standby replicas of the state stores (default 0)
 * @param similarity copy threshold on estimated Jaccard similarity (default {@link DuplicatePolicy#DEFAULT})
 * @param containment copy threshold on containment (default {@link DuplicatePolicy#DEFAULT})
 * @param purgeIntervalSeconds how often the stores drop statements older than the horizon, and
 *     stuck gathers are released (default 60)
 */
public record EnrichConfig(
    String applicationId,
    Integer horizonDays,
    Integer threads,
    Integer standbyReplicas,
    Double similarity,
    Double containment,
    Integer purgeIntervalSeconds) {

  /** Default application id. */
  public static final String DEFAULT_APPLICATION_ID = "statement-monitor-enrich";

  public EnrichConfig {
    applicationId = applicationId == null || applicationId.isBlank() ? DEFAULT_APPLICATION_ID : applicationId;
    horizonDays = horizonDays == null ? 90 : horizonDays;
    threads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    standbyReplicas = standbyReplicas == null ? 0 : standbyReplicas;
    similarity = similarity == null ? DuplicatePolicy.DEFAULT.similarity() : similarity;
    containment = containment == null ? DuplicatePolicy.DEFAULT.containment() : containment;
    purgeIntervalSeconds = purgeIntervalSeconds == null ? 60 : purgeIntervalSeconds;
    if (horizonDays < 1) {
      throw new ConfigException("enrich.horizonDays must be >= 1, was " + horizonDays);
    }
    if (threads < 1) {
      throw new ConfigException("enrich.threads must be >= 1, was " + threads);
    }
    if (standbyReplicas < 0) {
      throw new ConfigException("enrich.standbyReplicas must be >= 0, was " + standbyReplicas);
    }
    if (similarity <= 0 || similarity > 1 || containment <= 0 || containment > 1) {
      throw new ConfigException("enrich.similarity and enrich.containment must be in (0,1], were "
          + similarity + " and " + containment);
    }
    if (purgeIntervalSeconds < 1) {
      throw new ConfigException("enrich.purgeIntervalSeconds must be >= 1, was " + purgeIntervalSeconds);
    }
  }

  /** All defaults. */
  public static EnrichConfig defaults() {
    return new EnrichConfig(null, null, null, null, null, null, null);
  }

  /** A copy with another application id (tests run several applications on one broker). */
  public EnrichConfig withApplicationId(String id) {
    return new EnrichConfig(id, horizonDays, threads, standbyReplicas, similarity, containment,
        purgeIntervalSeconds);
  }

  /** The dedup horizon. */
  public Duration horizon() {
    return Duration.ofDays(horizonDays);
  }

  /** The duplicate policy with this configuration's thresholds. */
  public DuplicatePolicy policy() {
    DuplicatePolicy d = DuplicatePolicy.DEFAULT;
    return new DuplicatePolicy(similarity, containment, d.containmentFloor(), d.minShingles(),
        d.minCutRatio(), d.bandBucketCap(), d.sentenceBucketCap());
  }

  /** Kafka Streams properties: exactly_once_v2, named internal resources, dead-letter handlers. */
  public Properties streamsProperties(KafkaSettings kafka, Path stateDir) {
    Properties p = kafka.clientProperties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
    p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
    p.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, standbyReplicas);
    p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) kafka.replicationFactor());
    p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        DeadLetterHandlers.Deserialization.class);
    p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandlers.Processing.class);
    p.put(StreamsConfig.producerPrefix("linger.ms"), 20);
    p.put(StreamsConfig.producerPrefix("batch.size"), 256 * 1024);
    p.put(StreamsConfig.producerPrefix("compression.type"), "lz4");
    return p;
  }
}
