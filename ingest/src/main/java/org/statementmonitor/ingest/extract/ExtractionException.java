package org.statementmonitor.ingest.extract;

/** A document whose text could not be extracted; {@link #reason()} is the metric tag. */
public final class ExtractionException extends Exception {

  private final String reason;

  public ExtractionException(String reason, String message, Throwable cause) {
    super(reason + ": " + message, cause);
    this.reason = reason;
  }

  /** Short tag: parse-timeout, parse-failed, zip-bomb, empty-text... */
  public String reason() {
    return reason;
  }
}
