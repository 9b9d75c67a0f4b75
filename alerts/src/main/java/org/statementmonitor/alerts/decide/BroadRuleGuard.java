package org.statementmonitor.alerts.decide;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.statementmonitor.alerts.matching.RuleMatch;

/**
 * Notices rules that match (nearly) every statement: over each block of {@link #BLOCK} statements,
 * a rule that matched at least {@link #SHARE} of them is reported (the rule book then throttles it and
 * warns the operator). State is one counter per rule that matched in the current block.
 */
final class BroadRuleGuard {

  static final int BLOCK = 200;
  static final double SHARE = 0.9;

  private final Consumer<String> report;
  private final Map<String, Integer> counts = new HashMap<>();
  private int seen;

  BroadRuleGuard(Consumer<String> report) {
    this.report = report;
  }

  void observe(List<RuleMatch> matches) {
    for (RuleMatch m : matches) {
      counts.merge(m.rule(), 1, Integer::sum);
    }
    if (++seen >= BLOCK) {
      counts.forEach((rule, n) -> {
        if (n >= BLOCK * SHARE) {
          report.accept(rule);
        }
      });
      counts.clear();
      seen = 0;
    }
  }
}
