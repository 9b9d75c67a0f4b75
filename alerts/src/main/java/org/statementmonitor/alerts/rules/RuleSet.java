package org.statementmonitor.alerts.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules in force at one moment: those loaded, those refused (with why), and those flagged as
 * matching (nearly) everything. Immutable; {@link RuleBook} swaps it whole on every reload.
 */
public record RuleSet(Map<String, Rule> rules, List<RuleProblem> refused, Set<String> broad, Instant loaded) {
  public RuleSet {
    rules = Map.copyOf(rules);
    refused = List.copyOf(refused);
    broad = Set.copyOf(broad);
  }

  /** No rules. */
  public static RuleSet empty() {
    return new RuleSet(Map.of(), List.of(), Set.of(), Instant.EPOCH);
  }

  /** The rule of that name, or null. */
  public Rule rule(String name) {
    return rules.get(name);
  }

  /**
   * The throttle that applies to a rule: its own, or {@link Throttle#FOR_BROAD_RULES} when it
   * matches (nearly) everything and has none.
   */
  public Throttle throttleOf(Rule rule) {
    if (rule.throttle() != null) {
      return rule.throttle();
    }
    return broad.contains(rule.name()) ? Throttle.FOR_BROAD_RULES : null;
  }
}
