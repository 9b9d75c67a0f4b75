/**
 * Stored-query matching with Lucene's monitor: every rule's query is indexed once, a term-filtering
 * presearcher selects the rules a statement can match, and each match is explained (what matched, a
 * snippet around it) from the monitor's highlights.
 */
package org.statementmonitor.alerts.matching;
