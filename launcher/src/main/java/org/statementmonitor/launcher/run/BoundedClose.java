package org.statementmonitor.launcher.run;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes one thing on its own thread and waits for it up to a deadline, so one service that hangs on
 * shutdown cannot keep the whole process (and the servers behind it) from stopping.
 */
final class BoundedClose {

  private static final Logger LOG = LoggerFactory.getLogger(BoundedClose.class);

  private BoundedClose() {}

  /**
   * Closes {@code resource}, waiting until {@code deadline} at the latest.
   *
   * @return true when it closed (with or without an error) before the deadline
   */
  static boolean close(String what, AutoCloseable resource, Instant deadline) {
    Thread closer = Thread.ofPlatform().name("close-" + what).daemon(true).unstarted(() -> {
      try {
        resource.close();
      } catch (Exception e) {
        LOG.warn("{} failed to close cleanly: {}", what, e.toString(), e);
      }
    });
    closer.start();
    try {
      Duration left = Duration.between(Instant.now(), deadline);
      if (left.isNegative() || left.isZero() || !closer.join(left)) {
        LOG.warn("{} did not stop before the shutdown deadline; going on without it", what);
        return false;
      }
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      LOG.warn("interrupted while stopping {}", what);
      return false;
    }
  }
}
