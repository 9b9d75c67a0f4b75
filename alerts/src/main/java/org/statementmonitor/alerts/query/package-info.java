/**
 * The query language of rules: Lucene classic query syntax over the fields in {@link
 * org.statementmonitor.alerts.query.StatementFields}, the analyzers shared by queries and documents,
 * and the mapping of an enriched statement to the document the rules run against.
 */
package org.statementmonitor.alerts.query;
