package org.statementmonitor.enrich.analysis;

import org.statementmonitor.common.event.Statement;

/**
 * Analyses one statement: its language, entities and statement-level facts. Implementations are
 * thread-safe, never throw on bad text (they return what they found and a flag), and finish in
 * bounded time.
 */
@FunctionalInterface
public interface StatementAnalyzer {

  /** The analysis of one statement. */
  Analysis analyze(Statement statement);
}
