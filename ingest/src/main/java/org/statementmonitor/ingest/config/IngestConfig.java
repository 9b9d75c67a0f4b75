package org.statementmonitor.ingest.config;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code ingest} section of the configuration: what to watch and how politely to fetch it.
 * Every value has a default, so an empty section is valid (and watches nothing).
 *
 * @param sources the watched sources
 * @param sourcesFile an optional YAML file with more sources ({@code sources:} list), reloaded when
 *     it changes
 * @param userAgent the User-Agent of every request (robots.txt rules are matched against it)
 * @param connectTimeout TCP/TLS connect timeout
 * @param readTimeout longest wait for response headers
 * @param totalTimeout deadline for a whole response, body included (stops slow-loris servers)
 * @param maxBodyBytes largest body read, after decompression; larger responses are cut and refused
 * @param maxRedirects redirects followed per fetch
 * @param politenessDelay least time between two requests to one host
 * @param perHostConcurrency requests in flight per host
 * @param maxAttempts attempts per fetch for 429, 5xx and network errors
 * @param retryBaseDelay first retry delay (doubled per attempt, with full jitter)
 * @param maxRetryDelay longest retry delay, including a server's Retry-After
 * @param maxSourceBackoff longest pause of a failing source (doubling from its interval)
 * @param respectRobots whether robots.txt is obeyed
 * @param defaultInterval poll interval of sources that set none
 * @param maxItemsPerPoll items taken from one source per poll (the newest first)
 * @param maxTextChars longest extracted text kept
 * @param parseTimeout deadline for extracting one document's text
 * @param sitemapLookback on a sitemap's first visit, entries modified within this window are taken
 * @param instanceId this instance's stable id (its transactional id); the host name by default
 * @param seenRetention how long seen-state entries are kept in the compacted seen topic
 * @param recheckInterval how often an already produced item still listed by its source is fetched
 *     again (conditionally) to detect an edit; sooner when the source says it was updated
 * @param push the HTTP push endpoint
 */
public record IngestConfig(
    List<SourceConfig> sources,
    String sourcesFile,
    String userAgent,
    @JsonDeserialize(using = DurationText.class) Duration connectTimeout,
    @JsonDeserialize(using = DurationText.class) Duration readTimeout,
    @JsonDeserialize(using = DurationText.class) Duration totalTimeout,
    @JsonDeserialize(using = ByteSize.class) Long maxBodyBytes,
    Integer maxRedirects,
    @JsonDeserialize(using = DurationText.class) Duration politenessDelay,
    Integer perHostConcurrency,
    Integer maxAttempts,
    @JsonDeserialize(using = DurationText.class) Duration retryBaseDelay,
    @JsonDeserialize(using = DurationText.class) Duration maxRetryDelay,
    @JsonDeserialize(using = DurationText.class) Duration maxSourceBackoff,
    Boolean respectRobots,
    @JsonDeserialize(using = DurationText.class) Duration defaultInterval,
    Integer maxItemsPerPoll,
    Integer maxTextChars,
    @JsonDeserialize(using = DurationText.class) Duration parseTimeout,
    @JsonDeserialize(using = DurationText.class) Duration sitemapLookback,
    String instanceId,
    @JsonDeserialize(using = DurationText.class) Duration seenRetention,
    @JsonDeserialize(using = DurationText.class) Duration recheckInterval,
    PushConfig push) {

  /** Default User-Agent: names the software and where to read about it. */
  public static final String DEFAULT_USER_AGENT =
      "StatementMonitor/0.1 (+https://github.com/statement-monitor; media monitoring)";

  public IngestConfig {
    sources = sources == null ? List.of() : List.copyOf(sources);
    Set<String> names = new HashSet<>();
    for (SourceConfig s : sources) {
      if (!names.add(s.name())) {
        throw new IllegalArgumentException("source name '" + s.name() + "' is used twice; names must be unique");
      }
    }
    userAgent = userAgent == null || userAgent.isBlank() ? DEFAULT_USER_AGENT : userAgent.trim();
    connectTimeout = positive("connectTimeout", connectTimeout, Duration.ofSeconds(10));
    readTimeout = positive("readTimeout", readTimeout, Duration.ofSeconds(30));
    totalTimeout = positive("totalTimeout", totalTimeout, Duration.ofSeconds(120));
    maxBodyBytes = maxBodyBytes == null ? 20L * 1024 * 1024 : maxBodyBytes;
    if (maxBodyBytes < 1024 || maxBodyBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("maxBodyBytes must be between 1KB and 2GB, was " + maxBodyBytes);
    }
    maxRedirects = atLeast("maxRedirects", maxRedirects, 5, 0);
    politenessDelay = politenessDelay == null ? Duration.ofSeconds(1) : politenessDelay;
    if (politenessDelay.isNegative()) {
      throw new IllegalArgumentException("politenessDelay must not be negative");
    }
    perHostConcurrency = atLeast("perHostConcurrency", perHostConcurrency, 2, 1);
    maxAttempts = atLeast("maxAttempts", maxAttempts, 3, 1);
    retryBaseDelay = positive("retryBaseDelay", retryBaseDelay, Duration.ofMillis(500));
    maxRetryDelay = positive("maxRetryDelay", maxRetryDelay, Duration.ofSeconds(60));
    maxSourceBackoff = positive("maxSourceBackoff", maxSourceBackoff, Duration.ofHours(1));
    respectRobots = respectRobots == null || respectRobots;
    defaultInterval = positive("defaultInterval", defaultInterval, Duration.ofMinutes(5));
    maxItemsPerPoll = atLeast("maxItemsPerPoll", maxItemsPerPoll, 200, 1);
    maxTextChars = atLeast("maxTextChars", maxTextChars, 2_000_000, 1000);
    parseTimeout = positive("parseTimeout", parseTimeout, Duration.ofSeconds(30));
    sitemapLookback = positive("sitemapLookback", sitemapLookback, Duration.ofDays(2));
    instanceId = instanceId == null || instanceId.isBlank() ? defaultInstanceId() : instanceId.trim();
    seenRetention = positive("seenRetention", seenRetention, Duration.ofDays(400));
    recheckInterval = positive("recheckInterval", recheckInterval, Duration.ofHours(1));
    push = push == null ? new PushConfig(null, null, null, null, null, null) : push;
  }

  /** The defaults: no sources, polite fetching. */
  public static IngestConfig defaults() {
    return new IngestConfig(null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null);
  }

  /** A copy with other sources (the sources file merged in). */
  public IngestConfig withSources(List<SourceConfig> newSources) {
    return new IngestConfig(newSources, sourcesFile, userAgent, connectTimeout, readTimeout, totalTimeout,
        maxBodyBytes, maxRedirects, politenessDelay, perHostConcurrency, maxAttempts, retryBaseDelay,
        maxRetryDelay, maxSourceBackoff, respectRobots, defaultInterval, maxItemsPerPoll, maxTextChars,
        parseTimeout, sitemapLookback, instanceId, seenRetention, recheckInterval, push);
  }

  /** Sources of this config followed by {@code more}, names made unique by dropping later repeats. */
  public List<SourceConfig> mergedWith(List<SourceConfig> more) {
    List<SourceConfig> all = new ArrayList<>(sources);
    Set<String> names = new HashSet<>();
    sources.forEach(s -> names.add(s.name()));
    for (SourceConfig s : more) {
      if (names.add(s.name())) {
        all.add(s);
      }
    }
    return all;
  }

  private static Duration positive(String key, Duration value, Duration fallback) {
    if (value == null) {
      return fallback;
    }
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(key + " must be positive, was " + value);
    }
    return value;
  }

  private static int atLeast(String key, Integer value, int fallback, int min) {
    if (value == null) {
      return fallback;
    }
    if (value < min) {
      throw new IllegalArgumentException(key + " must be >= " + min + ", was " + value);
    }
    return value;
  }

  private static String defaultInstanceId() {
    String host = System.getenv("HOSTNAME");
    if (host == null || host.isBlank()) {
      try {
        host = java.net.InetAddress.getLocalHost().getHostName();
      } catch (java.io.IOException e) {
        host = "local";
      }
    }
    return host;
  }
}
