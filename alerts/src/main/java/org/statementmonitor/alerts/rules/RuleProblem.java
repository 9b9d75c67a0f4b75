package org.statementmonitor.alerts.rules;

/**
 * Why a rule was refused; the other rules keep working.
 *
 * @param origin the file (or {@code api}) the rule came from
 * @param rule the rule's name, or {@code #N} (its position in the file) when it has none
 * @param message what is wrong, in words the operator can act on
 * @param line line of the error inside the query (1-based), or 0 when it is not a query error
 * @param column column of the error inside the query (1-based), or 0
 */
public record RuleProblem(String origin, String rule, String message, int line, int column) {

  /** A problem that is not located inside the query. */
  public static RuleProblem of(String origin, String rule, String message) {
    return new RuleProblem(origin, rule, message, 0, 0);
  }

  @Override
  public String toString() {
    return origin + ": rule " + rule + ": " + message
        + (line > 0 ? " (query line " + line + ", column " + column + ")" : "");
  }
}
