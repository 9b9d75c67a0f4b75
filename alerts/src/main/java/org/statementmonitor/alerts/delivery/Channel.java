package org.statementmonitor.alerts.delivery;

import org.statementmonitor.common.event.Alert;

/**
 * An external channel alerts are delivered to (webhook, email). Implementations are used from one
 * worker thread at a time, finish within their timeout, and say whether a failure is worth retrying.
 */
public interface Channel extends AutoCloseable {

  /** The configured name, used in metrics, health and the delivery log. */
  String name();

  /**
   * Delivers one alert.
   *
   * @throws DeliveryException when it was not delivered; {@link DeliveryException#retriable()} says
   *     whether trying again may help
   */
  void deliver(Alert alert) throws DeliveryException;

  @Override
  default void close() {}
}
