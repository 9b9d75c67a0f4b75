/**
 * A reproducible matching workload of the monitored genre: rules as media monitors write them and
 * 5 KB statements naming organisations, people and places, for measuring the rule matcher (the
 * benchmark module and {@link org.statementmonitor.alerts.matching.workload.MatchingHarness}).
 */
package org.statementmonitor.alerts.matching.workload;
