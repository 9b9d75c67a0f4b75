package org.statementmonitor.alerts.matching.workload;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import org.statementmonitor.alerts.matching.RuleMatch;
import org.statementmonitor.alerts.matching.Presearchers;
import org.statementmonitor.alerts.matching.RuleMatcher;
import org.statementmonitor.common.event.EnrichedStatement;

/**
 * Measures the rule matcher on the {@link MatchingWorkload}: registers the rules, warms up, then
 * matches the statements one at a time and reports statements per second of the matching thread's
 * CPU time (which, unlike wall time, stays meaningful on a machine shared with other work) and of
 * wall time. Arguments: rule count (10000), statement count (2000), rounds (3), presearcher name (see Presearchers).
 *
 * <pre>java -cp ... org.statementmonitor.alerts.matching.workload.MatchingHarness 10000 2000 3</pre>
 */
public final class MatchingHarness {

  private MatchingHarness() {}

  public static void main(String[] args) {
    int ruleCount = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int statementCount = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    String presearcher = args.length > 3 ? args[3] : Presearchers.DEFAULT;
    run(ruleCount, statementCount, rounds, presearcher, System.out);
  }

  /** Runs the measurement and prints one line per round to {@code out}. */
  public static void run(int ruleCount, int statementCount, int rounds, String presearcher, PrintStream out) {
    MatchingWorkload workload = new MatchingWorkload(42);
    List<EnrichedStatement> statements = workload.statements(statementCount);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    try (RuleMatcher matcher = new RuleMatcher(Presearchers.create(presearcher))) {
      long t0 = System.nanoTime();
      var refused = matcher.replaceAll(workload.rules(ruleCount));
      out.printf(Locale.ROOT, "registered %d rules in %.1f s (%d refused)%n", matcher.size(),
          (System.nanoTime() - t0) / 1e9, refused.size());
      refused.stream().limit(3).forEach(p -> out.println("  refused: " + p));
      for (int round = 0; round <= rounds; round++) {
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        long matches = 0;
        long run = 0;
        for (EnrichedStatement s : statements) {
          List<RuleMatch> found = matcher.match(s);
          matches += found.size();
          run += matcher.lastQueriesRun();
        }
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        double wallSeconds = (System.nanoTime() - wall) / 1e9;
        out.printf(Locale.ROOT, "%s: %d statements, %.0f/s per CPU second, %.0f/s wall, %.1f matches and %.1f queries run per statement%n",
            round == 0 ? "warm-up" : "round " + round, statements.size(), statements.size() / cpuSeconds,
            statements.size() / wallSeconds, matches / (double) statements.size(), run / (double) statements.size());
      }
    }
  }
}
