/**
 * Alert rules: the {@link org.statementmonitor.alerts.rules.Rule} record and its parts (kind,
 * throttle, digest, spike), the YAML reader that refuses a bad rule with the reason (and, for a query,
 * the position of the error) without failing the others, and the {@link
 * org.statementmonitor.alerts.rules.RuleBook} that holds the rules in force, reloaded by {@link
 * org.statementmonitor.alerts.rules.RuleWatcher} when the files change.
 */
package org.statementmonitor.alerts.rules;
