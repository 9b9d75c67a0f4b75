package org.statementmonitor.alerts.delivery;

import org.statementmonitor.common.event.DeadLetter;

/** Where given-up deliveries and unreadable alerts go: the dead-letter topic in the service. */
@FunctionalInterface
public interface DeadLetterSink {

  void send(String key, DeadLetter letter);
}
