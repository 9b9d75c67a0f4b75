package org.statementmonitor.alerts.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.search.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.alerts.matching.RuleMatcher;
import org.statementmonitor.alerts.query.QueryCompiler;

/**
 * The rules in force and the matcher that runs them. {@link #apply(RuleParse)} swaps both on every
 * reload (file change or API call); readers take {@link #current()} without locking. A rule flagged
 * as matching everything (by its query, or by {@link #reportBroad(String)} at run time) is throttled
 * and reported to the operator.
 */
public final class RuleBook implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RuleBook.class);

  private final RuleMatcher matcher;
  private final AtomicReference<RuleSet> current = new AtomicReference<>(RuleSet.empty());
  private final Set<String> broadAtRunTime = ConcurrentHashMap.newKeySet();

  public RuleBook(RuleMatcher matcher) {
    this.matcher = matcher;
  }

  /** An empty book with its own matcher. */
  public static RuleBook create() {
    return new RuleBook(new RuleMatcher());
  }

  /** The rules in force now. */
  public RuleSet current() {
    return current.get();
  }

  /** The matcher that runs the current rules. */
  public RuleMatcher matcher() {
    return matcher;
  }

  /** Makes the parsed rules the rules in force; refused rules are logged and kept in the set. */
  public synchronized RuleSet apply(RuleParse parse) {
    List<RuleProblem> problems = new ArrayList<>(parse.problems());
    problems.addAll(matcher.replaceAll(parse.rules()));
    Set<String> refusedNames = new HashSet<>();
    problems.forEach(p -> refusedNames.add(p.rule()));
    Map<String, Rule> rules = new HashMap<>();
    Set<String> broad = new HashSet<>();
    for (Rule rule : parse.rules()) {
      Query query = matcher.query(rule.name());
      if (query == null) {
        continue;
      }
      rules.put(rule.name(), rule);
      if (QueryCompiler.matchesEverything(query) || broadAtRunTime.contains(rule.name())) {
        broad.add(rule.name());
      }
    }
    broadAtRunTime.retainAll(rules.keySet());
    RuleSet set = new RuleSet(rules, problems, broad, Instant.now());
    current.set(set);
    problems.forEach(p -> LOG.warn("rule refused: {}", p));
    broad.forEach(r -> LOG.warn("rule {} matches (nearly) every statement; it is throttled to {} unless it sets its own throttle",
        r, Throttle.FOR_BROAD_RULES));
    LOG.info("{} rules loaded, {} refused, {} matching everything", rules.size(), problems.size(), broad.size());
    return set;
  }

  /** Flags a rule seen to match (nearly) every statement at run time. */
  public void reportBroad(String rule) {
    if (broadAtRunTime.add(rule)) {
      LOG.warn("rule {} matched nearly every recent statement; it is throttled to {} unless it sets its own throttle",
          rule, Throttle.FOR_BROAD_RULES);
      current.updateAndGet(set -> {
        Set<String> broad = new HashSet<>(set.broad());
        broad.add(rule);
        return new RuleSet(set.rules(), set.refused(), broad, set.loaded());
      });
    }
  }

  @Override
  public void close() {
    matcher.close();
  }
}
