/**
 * The watchlist: entities a monitoring team follows (YAML file, section {@code enrich.watchlist}),
 * compiled for tolerant matching, reloaded atomically when the file changes, and linked onto the
 * recognised entities so every mention carries the watchlist id.
 */
package org.statementmonitor.enrich.watchlist;
