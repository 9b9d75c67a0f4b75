package org.statementmonitor.alerts.rules;

import java.util.ArrayList;
import java.util.List;

/** The rules read from one or more sources: those accepted and, separately, those refused. */
public record RuleParse(List<Rule> rules, List<RuleProblem> problems) {
  public RuleParse {
    rules = List.copyOf(rules);
    problems = List.copyOf(problems);
  }

  /** This parse followed by {@code other}. */
  public RuleParse plus(RuleParse other) {
    List<Rule> r = new ArrayList<>(rules);
    r.addAll(other.rules);
    List<RuleProblem> p = new ArrayList<>(problems);
    p.addAll(other.problems);
    return new RuleParse(r, p);
  }
}
