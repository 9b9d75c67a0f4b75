package org.statementmonitor.bench.stages;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the CPU time the benchmark thread spent per operation, beside JMH's wall-clock score. On a
 * machine shared with other work (here: 2 cores, many processes), wall-clock throughput says how busy
 * the machine was; {@code measuredOps / (cpuMicros / 1e6)} says how many statements one core does,
 * which is what the per-core targets ask. Reported by JMH as secondary results {@code cpuMicros} and
 * {@code measuredOps} (totals per iteration).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuMeter {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** CPU microseconds spent inside measured operations this iteration. */
  public long cpuMicros;
  /** Operations measured this iteration. */
  public long measuredOps;

  @Setup(Level.Iteration)
  public void reset() {
    cpuMicros = 0;
    measuredOps = 0;
  }

  /** The thread's CPU time now, in nanoseconds (static: JMH would report an instance method as a counter). */
  public static long now() {
    return THREADS.getCurrentThreadCpuTime();
  }

  /** Adds the CPU time since {@code begin} (from {@link #now()}) and counts one operation ({@code ops} statements). */
  public void end(long begin, int ops) {
    cpuMicros += (THREADS.getCurrentThreadCpuTime() - begin) / 1000;
    measuredOps += ops;
  }
}
