/**
 * Deterministic generators of benchmark input: statements of the monitored genre ({@link
 * org.statementmonitor.bench.corpus.StatementGenerator}), their HTML and PDF renderings ({@link
 * org.statementmonitor.bench.corpus.DocumentRenderer}) and alert rules ({@link
 * org.statementmonitor.bench.corpus.RuleGenerator}). All text is invented; equal seeds give equal
 * output.
 */
package org.statementmonitor.bench.corpus;
