package org.statementmonitor.alerts.delivery;

/** An alert not delivered to a channel, and whether trying again may help. */
public class DeliveryException extends Exception {

  private final boolean retriable;

  public DeliveryException(String message, boolean retriable, Throwable cause) {
    super(message, cause);
    this.retriable = retriable;
  }

  /** Whether a later attempt may succeed (server down, timeout) rather than never (request refused). */
  public boolean retriable() {
    return retriable;
  }
}
