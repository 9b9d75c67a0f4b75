package org.statementmonitor.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * robots.txt per host (crawler-commons), cached for a day: decides whether a URL may be fetched and
 * what Crawl-delay the host asks for (capped at 30 s). A missing robots.txt (4xx) allows everything;
 * an unreachable one (5xx, network) defers the fetch, as the robots exclusion standard advises.
 */
final class RobotsRules {

  private static final Logger LOG = LoggerFactory.getLogger(RobotsRules.class);
  private static final Duration TTL = Duration.ofHours(24);
  private static final Duration FAILURE_TTL = Duration.ofMinutes(10);
  private static final long MAX_CRAWL_DELAY_MS = 30_000;
  private static final int MAX_HOSTS = 10_000;

  private record Entry(BaseRobotRules rules, long expiresNanos) {}

  private final HttpFetcher fetcher;
  private final List<String> agentNames;
  private final boolean enabled;
  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final Map<String, Entry> cache = new ConcurrentHashMap<>();

  RobotsRules(HttpFetcher fetcher, String userAgent, boolean enabled) {
    this.fetcher = fetcher;
    this.enabled = enabled;
    String product = userAgent.split("[/ ]", 2)[0].toLowerCase(Locale.ROOT);
    this.agentNames = List.of(product);
  }

  /**
   * Checks robots.txt for a URL.
   *
   * @return the host's Crawl-delay (zero when none)
   * @throws FetchException ROBOTS_DISALLOWED, or ROBOTS_UNAVAILABLE when robots.txt could not be read
   */
  Duration check(URI uri, boolean allowPrivate) throws FetchException, InterruptedException {
    if (!enabled || uri.getPath() != null && uri.getPath().equals("/robots.txt")) {
      return Duration.ZERO;
    }
    String origin = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT);
    Entry entry = cache.get(origin);
    if (entry == null || System.nanoTime() - entry.expiresNanos > 0) {
      entry = load(origin, allowPrivate);
      if (cache.size() > MAX_HOSTS) {
        cache.clear();
      }
      cache.put(origin, entry);
    }
    BaseRobotRules rules = entry.rules();
    if (rules.isDeferVisits()) {
      throw new FetchException(FetchException.Reason.ROBOTS_UNAVAILABLE, uri.toString(), "robots.txt of " + origin + " could not be read");
    }
    if (!rules.isAllowed(uri.toString())) {
      throw new FetchException(FetchException.Reason.ROBOTS_DISALLOWED, uri.toString(), "robots.txt of " + origin + " disallows it");
    }
    long delay = rules.getCrawlDelay();
    return delay > 0 ? Duration.ofMillis(Math.min(delay, MAX_CRAWL_DELAY_MS)) : Duration.ZERO;
  }

  private Entry load(String origin, boolean allowPrivate) throws InterruptedException {
    String robotsUrl = origin + "/robots.txt";
    try {
      FetchResponse response = fetcher.fetchRobotsFile(URI.create(robotsUrl), allowPrivate);
      BaseRobotRules rules = parser.parseContent(robotsUrl, response.body(), response.contentType(), agentNames);
      return new Entry(rules, System.nanoTime() + TTL.toNanos());
    } catch (FetchException e) {
      int status = e.status() > 0 ? e.status() : 503;
      if (e.reason() == FetchException.Reason.PRIVATE_ADDRESS || e.reason() == FetchException.Reason.BAD_URL) {
        status = 403;
      }
      LOG.debug("robots.txt {} not read ({}), treated as HTTP {}", robotsUrl, e.getMessage(), status);
      boolean transientFailure = status >= 500 || status == 429;
      return new Entry(parser.failedFetch(status),
          System.nanoTime() + (transientFailure ? FAILURE_TTL : TTL).toNanos());
    }
  }
}
