/**
 * The per-statement analysis that enrich applies inside the topology and the {@code analyze}
 * command applies offline: language, entities, facts. Stateless and thread-safe, so the topology
 * can call it from any stream thread.
 */
package org.statementmonitor.enrich.analysis;
