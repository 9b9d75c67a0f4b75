package org.statementmonitor.embedded.elasticsearch;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a child process and everything it started: SIGTERM to the child, a grace period, then SIGTERM
 * and finally SIGKILL to every descendant still alive. The descendants are listed before the child is
 * signalled, because once it is gone they are re-parented and no longer show as its descendants.
 */
final class ProcessTree {

  private static final Logger LOG = LoggerFactory.getLogger(ProcessTree.class);
  private static final Duration KILL_GRACE = Duration.ofSeconds(5);

  private ProcessTree() {}

  /** Stops {@code process} and its descendants; returns when none of them is alive. */
  static void stop(ProcessHandle process, Duration grace) {
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroy();
    awaitExit(process, grace);
    for (ProcessHandle d : descendants) {
      if (d.isAlive()) {
        LOG.debug("process {} outlived its parent {}; terminating it", d.pid(), process.pid());
        d.destroy();
      }
    }
    for (ProcessHandle d : descendants) {
      if (!awaitExit(d, KILL_GRACE)) {
        LOG.warn("process {} did not stop on SIGTERM; killing it", d.pid());
        d.destroyForcibly();
        awaitExit(d, KILL_GRACE);
      }
    }
    if (process.isAlive()) {
      LOG.warn("process {} did not stop on SIGTERM; killing it", process.pid());
      process.destroyForcibly();
      awaitExit(process, KILL_GRACE);
    }
  }

  private static boolean awaitExit(ProcessHandle process, Duration timeout) {
    if (!process.isAlive()) {
      return true;
    }
    CompletableFuture<ProcessHandle> exit = process.onExit();
    try {
      exit.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    } catch (ExecutionException e) {
      return !process.isAlive();
    }
  }
}
