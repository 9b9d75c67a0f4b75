package org.statementmonitor.ingest.source;

/** A feed, sitemap or page that cannot be read as one, with what is wrong. */
public final class SourceFormatException extends Exception {
  public SourceFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
