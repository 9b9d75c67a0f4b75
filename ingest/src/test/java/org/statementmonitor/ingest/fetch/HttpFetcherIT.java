package org.statementmonitor.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.statementmonitor.common.config.MonitorConfig;
import org.statementmonitor.ingest.config.IngestConfig;
import org.statementmonitor.ingest.testing.WebFixture;

class HttpFetcherIT {

  private final WebFixture web = new WebFixture();
  private final HttpFetcher fetcher = new HttpFetcher(config("politenessDelay: 0ms"), new AddressGuard());
  private static final HttpFetcher.Options LOCAL = HttpFetcher.Options.of(true);

  HttpFetcherIT() throws IOException {}

  static IngestConfig config(String extra) {
    String yaml = """
        ingest:
          maxBodyBytes: 64KB
          readTimeout: 1s
          totalTimeout: 2s
          retryBaseDelay: 20ms
          maxRetryDelay: 200ms
          maxAttempts: 3
          userAgent: TestMonitor/1.0 (+https://example.org/bot)
        """ + "  " + extra + "\n";
    return MonitorConfig.parse(yaml, "test", k -> null).section("ingest", IngestConfig.class);
  }

  @AfterEach
  void close() {
    fetcher.close();
    web.close();
  }

  private FetchException failure(String path, HttpFetcher.Options options) {
    return catchThrowableOfType(FetchException.class, () -> fetcher.fetch(URI.create(web.url(path)), options));
  }

  @Test
  void shouldSendUserAgentAndUseConditionalGet() throws Exception {
    List<String> agents = new CopyOnWriteArrayList<>();
    web.serve("/feed", "application/rss+xml", "<rss/>");
    FetchResponse first = fetcher.fetch(URI.create(web.url("/feed")), LOCAL);
    FetchResponse second = fetcher.fetch(URI.create(web.url("/feed")), LOCAL.withValidators(first.etag(), null));

    assertThat(first.status()).isEqualTo(200);
    assertThat(new String(first.body(), StandardCharsets.UTF_8)).isEqualTo("<rss/>");
    assertThat(second.notModified()).isTrue();
    web.handle("/ua", exchange -> {
      agents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
      respond(exchange, 200, "ok".getBytes(StandardCharsets.UTF_8), null);
    });
    fetcher.fetch(URI.create(web.url("/ua")), LOCAL);
    assertThat(agents).containsExactly("TestMonitor/1.0 (+https://example.org/bot)");
  }

  @Test
  void shouldDecodeGzip() throws Exception {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
      gz.write("Statement text".getBytes(StandardCharsets.UTF_8));
    }
    web.handle("/gz", exchange -> respond(exchange, 200, zipped.toByteArray(), "gzip"));
    assertThat(new String(fetcher.fetch(URI.create(web.url("/gz")), LOCAL).body(), StandardCharsets.UTF_8))
        .isEqualTo("Statement text");
  }

  @Test
  void shouldCutAnEndlessResponseAtTheLimit() {
    AtomicInteger sent = new AtomicInteger();
    web.handle("/huge", exchange -> {
      exchange.sendResponseHeaders(200, 0);
      byte[] chunk = new byte[8192];
      try (OutputStream out = exchange.getResponseBody()) {
        for (int i = 0; i < 1_310_720; i++) { // 10 GB if nobody stops it
          out.write(chunk);
          sent.addAndGet(chunk.length);
        }
      } catch (IOException closedByClient) {
        // expected: the client cancels at the limit
      }
    });
    long start = System.nanoTime();
    FetchException e = failure("/huge", LOCAL);
    assertThat(e.reason()).isEqualTo(FetchException.Reason.TOO_LARGE);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void shouldRefuseAGzipBombAtTheDecodedLimit() throws Exception {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
      gz.write(new byte[10 * 1024 * 1024]);
    }
    web.handle("/bomb", exchange -> respond(exchange, 200, zipped.toByteArray(), "gzip"));
    assertThat(failure("/bomb", LOCAL).reason()).isEqualTo(FetchException.Reason.TOO_LARGE);
  }

  @Test
  void shouldDetectARedirectLoopAndBoundRedirects() {
    web.handle("/a", exchange -> redirect(exchange, "/b"));
    web.handle("/b", exchange -> redirect(exchange, "/a"));
    assertThat(failure("/a", LOCAL).reason()).isEqualTo(FetchException.Reason.REDIRECT_LOOP);

    for (int i = 0; i < 10; i++) {
      String next = "/r" + (i + 1);
      web.handle("/r" + i, exchange -> redirect(exchange, next));
    }
    assertThat(failure("/r0", LOCAL).reason()).isEqualTo(FetchException.Reason.TOO_MANY_REDIRECTS);
  }

  @Test
  void shouldGiveUpOnASlowLorisServer() {
    web.handle("/slow-body", exchange -> {
      exchange.sendResponseHeaders(200, 100_000);
      try (OutputStream out = exchange.getResponseBody()) {
        for (int i = 0; i < 100_000; i++) {
          out.write('x');
          out.flush();
          Thread.sleep(100);
        }
      } catch (IOException | InterruptedException gone) {
        // the client hung up
      }
    });
    web.handle("/no-headers", exchange -> {
      try {
        Thread.sleep(30_000);
      } catch (InterruptedException gone) {
        // stopped
      }
    });
    long start = System.nanoTime();
    assertThat(failure("/slow-body", HttpFetcher.Options.of(true)).reason()).isEqualTo(FetchException.Reason.TIMEOUT);
    assertThat(failure("/no-headers", HttpFetcher.Options.of(true)).reason()).isEqualTo(FetchException.Reason.TIMEOUT);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void shouldRetry503HonouringRetryAfterAndStopAfterMaxAttempts() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    web.handle("/flaky", exchange -> {
      if (calls.incrementAndGet() == 1) {
        exchange.getResponseHeaders().set("Retry-After", "0");
        respond(exchange, 503, new byte[0], null);
      } else {
        respond(exchange, 200, "back".getBytes(StandardCharsets.UTF_8), null);
      }
    });
    assertThat(fetcher.fetch(URI.create(web.url("/flaky")), LOCAL).status()).isEqualTo(200);
    assertThat(calls).hasValue(2);

    web.handle("/busy", exchange -> respond(exchange, 429, new byte[0], null));
    FetchException e = failure("/busy", LOCAL);
    assertThat(e.reason()).isEqualTo(FetchException.Reason.HTTP_RETRYABLE);
    assertThat(web.hits("/busy")).isEqualTo(3);
    assertThat(failure("/missing", LOCAL).status()).isEqualTo(404);
    assertThat(web.hits("/missing")).isEqualTo(1);
  }

  @Test
  void shouldObeyRobotsTxt() {
    web.serve("/robots.txt", "text/plain", "User-agent: testmonitor\nDisallow: /private/\n\nUser-agent: *\nDisallow:\n");
    web.serve("/private/page", "text/html", "<p>secret</p>");
    assertThat(failure("/private/page", LOCAL).reason()).isEqualTo(FetchException.Reason.ROBOTS_DISALLOWED);
    assertThat(web.hits("/private/page")).isZero();
  }

  @Test
  void shouldRefusePrivateAddressesAlsoAfterARedirect() {
    web.serve("/page", "text/html", "<p>internal</p>");
    assertThat(failure("/page", HttpFetcher.Options.of(false)).reason()).isEqualTo(FetchException.Reason.PRIVATE_ADDRESS);
    assertThat(web.hits("/page")).isZero();

    AddressGuard guard = new AddressGuard();
    guard.trust(java.util.Set.of("127.0.0.1"));
    try (HttpFetcher trusting = new HttpFetcher(config("politenessDelay: 0ms"), guard)) {
      web.handle("/to-internal", exchange -> redirect(exchange, web.localhostUrl("/page")));
      FetchException e = catchThrowableOfType(FetchException.class,
          () -> trusting.fetch(URI.create(web.url("/to-internal")), HttpFetcher.Options.of(false)));
      assertThat(e.reason()).isEqualTo(FetchException.Reason.PRIVATE_ADDRESS);
      assertThat(e.getMessage()).contains("localhost");
    }
  }

  @Test
  void shouldKeepThePolitenessDelayBetweenRequestsToOneHost() throws Exception {
    List<Long> starts = new CopyOnWriteArrayList<>();
    web.handle("/p", exchange -> {
      starts.add(System.nanoTime());
      respond(exchange, 200, "ok".getBytes(StandardCharsets.UTF_8), null);
    });
    try (HttpFetcher polite = new HttpFetcher(config("politenessDelay: 300ms"), new AddressGuard())) {
      for (int i = 0; i < 3; i++) {
        polite.fetch(URI.create(web.url("/p")), LOCAL);
      }
    }
    assertThat(Duration.ofNanos(starts.get(2) - starts.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(550));
  }

  private static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    respond(exchange, 302, new byte[0], null);
  }

  private static void respond(HttpExchange exchange, int status, byte[] body, String encoding) throws IOException {
    try (exchange) {
      if (encoding != null) {
        exchange.getResponseHeaders().set("Content-Encoding", encoding);
      }
      exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        exchange.getResponseBody().write(body);
      }
    }
  }
}
