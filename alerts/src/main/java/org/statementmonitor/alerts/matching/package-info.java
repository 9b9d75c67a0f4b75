/**
 * Stored-query matching with Lucene's monitor: every rule's query is indexed once (in one segment),
 * a two-pass term-filtering presearcher selects the rules a statement can match, the candidates run
 * as yes/no tests against the monitor's one-document index of the statement, and the same index then
 * serves to explain each match (what matched, a snippet around it) from its highlights.
 */
package org.statementmonitor.alerts.matching;
