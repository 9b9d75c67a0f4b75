package org.statementmonitor.bench.e2e;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * CPU time of this JVM's threads, grouped by name, between two snapshots. The wall-clock rate of a
 * stage says how much of the machine it got; the CPU time its threads spent per statement says what
 * a statement costs, and is what to compare between runs on a machine shared with other work.
 * Threads started since the snapshot count from zero (a pool may start workers mid-run); a thread
 * that ended in between is lost, and the JIT compiler's threads are not visible here.
 */
final class ThreadCpu {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Map<Long, Long> start;

  private ThreadCpu(Map<Long, Long> start) {
    this.start = start;
  }

  /** CPU time of every live thread now. */
  static ThreadCpu snapshot() {
    Map<Long, Long> now = new HashMap<>();
    for (long id : THREADS.getAllThreadIds()) {
      long cpu = THREADS.getThreadCpuTime(id);
      if (cpu >= 0) {
        now.put(id, cpu);
      }
    }
    return new ThreadCpu(now);
  }

  /** Milliseconds of CPU that threads whose name matches spent since this snapshot. */
  double millisSince(Predicate<String> name) {
    long nanos = 0;
    for (long id : THREADS.getAllThreadIds()) {
      ThreadInfo info = THREADS.getThreadInfo(id);
      long cpu = THREADS.getThreadCpuTime(id);
      if (info != null && cpu >= 0 && name.test(info.getThreadName())) {
        nanos += cpu - start.getOrDefault(id, 0L);
      }
    }
    return nanos / 1e6;
  }
}
