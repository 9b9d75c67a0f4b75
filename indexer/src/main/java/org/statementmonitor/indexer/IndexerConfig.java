package org.statementmonitor.indexer;

import org.statementmonitor.common.config.ConfigException;
import org.statementmonitor.common.topic.Topics;

/**
 * The {@code indexer} section of the configuration. Every value has a default, so an empty section
 * works.
 *
 * <pre>
 * indexer:
 *   groupId: monitor-indexer       # Kafka consumer group
 *   bulkActions: 1000              # flush a bulk request at this many operations...
 *   bulkBytes: 5242880             # ...or at this many bytes...
 *   flushIntervalMs: 1000          # ...or after this long
 *   maxInFlightRequests: 2         # concurrent bulk requests
 *   maxPendingRecords: 10000       # records taken from Kafka but not yet settled; above it consumption pauses
 *   retryInitialMs: 200            # first back-off after a 429, 5xx or connection error
 *   retryMaxMs: 30000              # longest back-off
 *   maxItemAttempts: 10            # attempts for one document failing with a 5xx (429 and connection errors retry forever)
 *   maxRecordBytes: 16777216       # larger records are dead-lettered unread
 *   maxTextChars: 4000000          # longer statement texts are dead-lettered
 *   maxEntityMentions: 5000        # entity objects kept per statement (canonical names are all kept)
 *   retentionMonths: 24            # monthly indices older than this are deleted; 0 keeps everything
 *   replicas: 0                    # replicas of new monthly indices
 *   refreshInterval: 1s
 *   pickupIntervalMs: 1000         # how often originals' pickup summaries are brought up to date
 *   indexAlerts: true              # also index the alerts topic; false for an indexer of statements only
 * </pre>
 */
public record IndexerConfig(
    String groupId,
    Integer bulkActions,
    Long bulkBytes,
    Long flushIntervalMs,
    Integer maxInFlightRequests,
    Integer maxPendingRecords,
    Long retryInitialMs,
    Long retryMaxMs,
    Integer maxItemAttempts,
    Integer maxRecordBytes,
    Integer maxTextChars,
    Integer maxEntityMentions,
    Integer retentionMonths,
    Integer replicas,
    String refreshInterval,
    Long pickupIntervalMs,
    Boolean indexAlerts) {

  /** The most records taken from Kafka and not yet settled that the indexer accepts. */
  public static final int MAX_PENDING_RECORDS = 50_000;

  public IndexerConfig {
    groupId = groupId == null || groupId.isBlank() ? "monitor-indexer" : groupId;
    bulkActions = positive("bulkActions", bulkActions, 1000);
    bulkBytes = positive("bulkBytes", bulkBytes, 5L * 1024 * 1024);
    flushIntervalMs = positive("flushIntervalMs", flushIntervalMs, 1000L);
    maxInFlightRequests = positive("maxInFlightRequests", maxInFlightRequests, 2);
    maxPendingRecords = positive("maxPendingRecords", maxPendingRecords, 10_000);
    if (maxPendingRecords > MAX_PENDING_RECORDS) {
      // a pickup round asks Elasticsearch about its pending ids in one terms query (default limit 65,536)
      throw new ConfigException("indexer.maxPendingRecords must be <= " + MAX_PENDING_RECORDS + ", was "
          + maxPendingRecords + " (a pickup round looks up the pending statements in one terms query)");
    }
    retryInitialMs = positive("retryInitialMs", retryInitialMs, 200L);
    retryMaxMs = positive("retryMaxMs", retryMaxMs, 30_000L);
    maxItemAttempts = positive("maxItemAttempts", maxItemAttempts, 10);
    maxRecordBytes = positive("maxRecordBytes", maxRecordBytes, 16 * 1024 * 1024);
    maxTextChars = positive("maxTextChars", maxTextChars, 4_000_000);
    maxEntityMentions = positive("maxEntityMentions", maxEntityMentions, 5000);
    retentionMonths = retentionMonths == null ? 24 : retentionMonths;
    if (retentionMonths < 0) {
      throw new ConfigException("indexer.retentionMonths must be >= 0 (0 keeps every month), was "
          + retentionMonths);
    }
    replicas = replicas == null ? 0 : replicas;
    if (replicas < 0) {
      throw new ConfigException("indexer.replicas must be >= 0, was " + replicas);
    }
    refreshInterval = refreshInterval == null || refreshInterval.isBlank() ? "1s" : refreshInterval;
    pickupIntervalMs = positive("pickupIntervalMs", pickupIntervalMs, 1000L);
    indexAlerts = indexAlerts == null || indexAlerts;
    if (retryMaxMs < retryInitialMs) {
      throw new ConfigException("indexer.retryMaxMs (" + retryMaxMs + ") must be >= indexer.retryInitialMs ("
          + retryInitialMs + ")");
    }
  }

  /** All defaults. */
  public static IndexerConfig defaults() {
    return new IndexerConfig(null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null);
  }

  /** The topics this indexer consumes: the enriched statements, and the alerts unless turned off. */
  public java.util.List<String> topics() {
    return indexAlerts ? java.util.List.of(Topics.ENRICHED.name(), Topics.ALERTS.name())
        : java.util.List.of(Topics.ENRICHED.name());
  }

  private static int positive(String name, Integer value, int fallback) {
    if (value == null) {
      return fallback;
    }
    if (value < 1) {
      throw new ConfigException("indexer." + name + " must be >= 1, was " + value);
    }
    return value;
  }

  private static long positive(String name, Long value, long fallback) {
    if (value == null) {
      return fallback;
    }
    if (value < 1) {
      throw new ConfigException("indexer." + name + " must be >= 1, was " + value);
    }
    return value;
  }
}
