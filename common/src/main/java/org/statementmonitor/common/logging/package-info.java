/**
 * Log context shared by the services: {@link org.statementmonitor.common.logging.StatementMdc} puts the
 * id of the statement being processed into the SLF4J MDC, so every line logged meanwhile carries it
 * (as {@code [id]} in the text format, as {@code mdc.statementId} in the JSON format).
 */
package org.statementmonitor.common.logging;
