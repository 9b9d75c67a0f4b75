/**
 * The query layer over the {@code statements} and {@code alerts} aliases: full-text and filtered
 * search with highlighting, top entities for a query, the copies of a statement.
 */
package org.statementmonitor.indexer.search;
