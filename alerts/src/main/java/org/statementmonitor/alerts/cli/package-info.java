/**
 * Command-line tools of the alerts module: {@code monitor rules test}, which runs rules against local
 * files offline with the same enrichment and matcher as the service, exposed to the launcher through
 * {@link org.statementmonitor.common.service.CommandProvider}.
 */
package org.statementmonitor.alerts.cli;
