/**
 * The records that travel on the topics: one JSON object per statement, enriched statement, alert or
 * dead letter, each with a {@code schemaVersion} so readers can refuse what they do not understand.
 */
package org.statementmonitor.common.event;
