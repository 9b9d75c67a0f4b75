/**
 * The offline {@code analyze} command: reads local files with Tika, runs the same analyzer as the
 * enrich service, and prints language and entities as JSON or text. Exposed to the launcher through
 * {@link org.statementmonitor.common.service.CommandProvider}.
 */
package org.statementmonitor.enrich.analyze;
