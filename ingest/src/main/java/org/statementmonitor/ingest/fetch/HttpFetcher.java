package org.statementmonitor.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.ingest.config.IngestConfig;

/**
 * Fetches URLs politely and defensively: SSRF check on every hop ({@link AddressGuard}), robots.txt
 * ({@link RobotsRules}), per-host delay and concurrency ({@link HostGate}), conditional GET, a
 * configurable User-Agent, connect/read timeouts and a total deadline (slow-loris servers), at most
 * {@code maxRedirects} redirects with loop detection, gzip/deflate decoded with the size cap applied to
 * the decoded bytes (compression bombs), and retries with backoff for 429, 5xx and network errors
 * honouring Retry-After. Thread-safe; one instance per service, closed with it.
 */
public final class HttpFetcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(HttpFetcher.class);

  /**
   * How to fetch one URL.
   *
   * @param allowPrivate whether internal addresses may be fetched
   * @param etag validator from the last fetch, or null
   * @param lastModified validator from the last fetch, or null
   * @param accept the Accept header
   */
  public record Options(boolean allowPrivate, String etag, String lastModified, String accept) {
    /** Plain options: no validators, any content. */
    public static Options of(boolean allowPrivate) {
      return new Options(allowPrivate, null, null, "*/*");
    }

    public Options withValidators(String newEtag, String newLastModified) {
      return new Options(allowPrivate, newEtag, newLastModified, accept);
    }

    public Options withAccept(String newAccept) {
      return new Options(allowPrivate, etag, lastModified, newAccept);
    }
  }

  private final IngestConfig config;
  private final AddressGuard guard;
  private final HostGate gate;
  private final RetryPolicy retry;
  private final RobotsRules robots;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final HttpClient client;

  public HttpFetcher(IngestConfig config, AddressGuard guard) {
    this.config = config;
    this.guard = guard;
    this.gate = new HostGate(config.perHostConcurrency(), config.politenessDelay());
    this.retry = new RetryPolicy(config.maxAttempts(), config.retryBaseDelay(), config.maxRetryDelay());
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(config.connectTimeout())
        .version(HttpClient.Version.HTTP_1_1)
        .executor(executor)
        .build();
    this.robots = new RobotsRules(this, config.userAgent(), config.respectRobots());
  }

  /**
   * Fetches a URL, following redirects and retrying transient failures.
   *
   * @return the response (status 200, or 304 when the validators matched)
   * @throws FetchException with the reason when no usable response was obtained
   */
  public FetchResponse fetch(URI uri, Options options) throws FetchException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        return followRedirects(uri, options, true);
      } catch (FetchException e) {
        if (!retry.shouldRetry(attempt, e)) {
          throw e;
        }
        Duration wait = retry.delayAfter(attempt, e.retryAfterMillis());
        LOG.debug("attempt {} of {} failed ({}); retrying in {} ms", attempt, uri, e.reason().tag(), wait.toMillis());
        Thread.sleep(wait);
      }
    }
  }

  /** One attempt without robots.txt or retries: used to read robots.txt itself. */
  FetchResponse fetchRobotsFile(URI uri, boolean allowPrivate) throws FetchException, InterruptedException {
    return followRedirects(uri, Options.of(allowPrivate).withAccept("text/plain"), false);
  }

  private FetchResponse followRedirects(URI start, Options options, boolean obeyRobots)
      throws FetchException, InterruptedException {
    URI uri = start;
    Set<URI> visited = new HashSet<>();
    for (int hop = 0; ; hop++) {
      if (!visited.add(uri)) {
        throw new FetchException(FetchException.Reason.REDIRECT_LOOP, start.toString(), "redirects come back to " + uri);
      }
      if (hop > config.maxRedirects()) {
        throw new FetchException(FetchException.Reason.TOO_MANY_REDIRECTS, start.toString(),
            "more than " + config.maxRedirects() + " redirects");
      }
      guard.check(uri, options.allowPrivate());
      Duration crawlDelay = Duration.ZERO;
      if (obeyRobots) {
        crawlDelay = robots.check(uri, options.allowPrivate());
      }
      HttpResponse<CappedBody.Result> response;
      try (HostGate.Permit permit = gate.enter(uri.getHost().toLowerCase(Locale.ROOT), crawlDelay)) {
        response = send(uri, hop == 0 ? options : options.withValidators(null, null));
      }
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null) {
          throw new FetchException(FetchException.Reason.HTTP_STATUS, uri.toString(), "redirect " + status + " without Location", status, -1, null);
        }
        try {
          uri = uri.resolve(location.trim().replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
          throw new FetchException(FetchException.Reason.BAD_URL, uri.toString(), "bad redirect Location " + location, e);
        }
        continue;
      }
      return toResponse(uri, response);
    }
  }

  private HttpResponse<CappedBody.Result> send(URI uri, Options options) throws FetchException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri)
        .timeout(config.readTimeout())
        .header("User-Agent", config.userAgent())
        .header("Accept", options.accept())
        .header("Accept-Encoding", "gzip, deflate")
        .GET();
    if (options.etag() != null) {
      request.header("If-None-Match", options.etag());
    }
    if (options.lastModified() != null) {
      request.header("If-Modified-Since", options.lastModified());
    }
    CompletableFuture<HttpResponse<CappedBody.Result>> future;
    try {
      future = client.sendAsync(request.build(), info -> new CappedBody(config.maxBodyBytes()));
    } catch (IllegalArgumentException e) {
      throw new FetchException(FetchException.Reason.BAD_URL, uri.toString(), e.getMessage(), e);
    }
    try {
      return future.get(config.totalTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new FetchException(FetchException.Reason.TIMEOUT, uri.toString(),
          "no complete response within " + config.totalTimeout().toMillis() + " ms", e);
    } catch (InterruptedException e) {
      future.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof HttpTimeoutException) {
        throw new FetchException(FetchException.Reason.TIMEOUT, uri.toString(),
            "no response within " + config.readTimeout().toMillis() + " ms", cause);
      }
      throw new FetchException(FetchException.Reason.NETWORK, uri.toString(), String.valueOf(cause), cause);
    }
  }

  private FetchResponse toResponse(URI uri, HttpResponse<CappedBody.Result> response) throws FetchException {
    int status = response.statusCode();
    var headers = response.headers();
    String etag = headers.firstValue("ETag").orElse(null);
    String lastModified = headers.firstValue("Last-Modified").orElse(null);
    String type = headers.firstValue("Content-Type").orElse(null);
    if (status == 304) {
      return new FetchResponse(uri, 304, type, etag, lastModified, null);
    }
    if (status == 429 || status >= 500) {
      long retryAfter = RetryPolicy.parseRetryAfter(headers.firstValue("Retry-After").orElse(null), Instant.now());
      throw new FetchException(FetchException.Reason.HTTP_RETRYABLE, uri.toString(), "HTTP " + status, status, retryAfter, null);
    }
    if (status < 200 || status >= 300) {
      throw new FetchException(FetchException.Reason.HTTP_STATUS, uri.toString(), "HTTP " + status, status, -1, null);
    }
    CappedBody.Result body = response.body();
    if (body.truncated()) {
      throw new FetchException(FetchException.Reason.TOO_LARGE, uri.toString(),
          "body is larger than maxBodyBytes=" + config.maxBodyBytes() + "; cut off and refused");
    }
    String encoding = headers.firstValue("Content-Encoding").orElse("identity").trim().toLowerCase(Locale.ROOT);
    byte[] bytes = decode(uri, encoding, body.bytes());
    return new FetchResponse(uri, status, type, etag, lastModified, bytes);
  }

  private byte[] decode(URI uri, String encoding, byte[] bytes) throws FetchException {
    try {
      return switch (encoding) {
        case "gzip", "x-gzip" -> readCapped(uri, new GZIPInputStream(new ByteArrayInputStream(bytes)));
        case "deflate" -> inflate(uri, bytes);
        default -> bytes;
      };
    } catch (IOException e) {
      throw new FetchException(FetchException.Reason.BAD_ENCODING, uri.toString(), "cannot decode " + encoding + " body: " + e.getMessage(), e);
    }
  }

  private byte[] inflate(URI uri, byte[] bytes) throws IOException, FetchException {
    try {
      return readCapped(uri, new InflaterInputStream(new ByteArrayInputStream(bytes)));
    } catch (java.util.zip.ZipException e) {
      // some servers send raw deflate without the zlib wrapper
      return readCapped(uri, new InflaterInputStream(new ByteArrayInputStream(bytes), new Inflater(true)));
    }
  }

  private byte[] readCapped(URI uri, InputStream in) throws IOException, FetchException {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[16 * 1024];
      int n;
      while ((n = in.read(buffer)) > 0) {
        if (out.size() + (long) n > config.maxBodyBytes()) {
          throw new FetchException(FetchException.Reason.TOO_LARGE, uri.toString(),
              "decompressed body is larger than maxBodyBytes=" + config.maxBodyBytes());
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }

  @Override
  public void close() {
    client.shutdownNow();
    executor.shutdownNow();
  }
}
