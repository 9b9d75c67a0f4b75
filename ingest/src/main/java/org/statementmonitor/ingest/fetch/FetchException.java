package org.statementmonitor.ingest.fetch;

import java.util.Locale;

/** A fetch that did not give a usable body, with a reason an operator can act on. */
public final class FetchException extends Exception {

  /** Why a fetch failed; {@link #tag()} is the metric tag. */
  public enum Reason {
    BAD_URL(false),
    PRIVATE_ADDRESS(false),
    ROBOTS_DISALLOWED(false),
    ROBOTS_UNAVAILABLE(true),
    TOO_LARGE(false),
    REDIRECT_LOOP(false),
    TOO_MANY_REDIRECTS(false),
    TIMEOUT(true),
    HTTP_STATUS(false),
    HTTP_RETRYABLE(true),
    NETWORK(true),
    BAD_ENCODING(false);

    private final boolean retryable;

    Reason(boolean retryable) {
      this.retryable = retryable;
    }

    /** Whether trying again later may succeed. */
    public boolean retryable() {
      return retryable;
    }

    /** Lower-case tag for metrics and dead letters. */
    public String tag() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  private final Reason reason;
  private final String url;
  private final int status;
  private final long retryAfterMillis;

  public FetchException(Reason reason, String url, String message) {
    this(reason, url, message, 0, -1, null);
  }

  public FetchException(Reason reason, String url, String message, Throwable cause) {
    this(reason, url, message, 0, -1, cause);
  }

  public FetchException(Reason reason, String url, String message, int status, long retryAfterMillis,
      Throwable cause) {
    super(reason.tag() + ": " + message + " (" + url + ")", cause);
    this.reason = reason;
    this.url = url;
    this.status = status;
    this.retryAfterMillis = retryAfterMillis;
  }

  public Reason reason() {
    return reason;
  }

  public String url() {
    return url;
  }

  /** The HTTP status, or 0. */
  public int status() {
    return status;
  }

  /** The server's Retry-After in milliseconds, or -1. */
  public long retryAfterMillis() {
    return retryAfterMillis;
  }
}
