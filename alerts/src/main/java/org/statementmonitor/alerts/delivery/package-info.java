/**
 * Delivery of alerts to external channels (webhook, email), separate from the decision: a consumer
 * of the alerts topic hands each alert to one worker per channel, which retries with backoff and
 * dead-letters with the reason after a bound. Outcomes are recorded in a compacted topic, so a
 * restart or replay resends nothing already delivered.
 */
package org.statementmonitor.alerts.delivery;
