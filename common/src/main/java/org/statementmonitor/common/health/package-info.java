/**
 * Health checks of what every service depends on: {@link org.statementmonitor.common.health.KafkaHealth}
 * (can the broker be reached, and is any consumer group falling behind). They are registered on the
 * ops server's {@code /health} and cache their answer for a few seconds, so a probe every second costs
 * the broker one request per cache period.
 */
package org.statementmonitor.common.health;
