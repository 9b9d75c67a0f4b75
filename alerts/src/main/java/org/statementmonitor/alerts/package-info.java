/**
 * The alerts service: media monitors' rules run against every enriched statement, and alerts reach
 * the channels they use, once.
 *
 * <p>In: {@code monitor.statements.enriched} ({@link org.statementmonitor.common.event.EnrichedStatement}).
 * Out: {@code monitor.alerts} ({@link org.statementmonitor.common.event.Alert}, keyed by alert id),
 * {@code monitor.alerts.deliveries} (compacted: which alert reached which channel) and
 * {@code monitor.deadletters}.
 *
 * <ul>
 *   <li>{@code rules}: rules in YAML files, validated one by one, reloaded when the files change;
 *   <li>{@code query}: the fields a rule's Lucene query can name, and the mapping of a statement to them;
 *   <li>{@code matching}: Lucene's monitor with a presearcher runs every rule against a statement at once;
 *   <li>{@code decide}: a Kafka Streams application (exactly_once_v2) decides what to raise: match,
 *       pickup, spike, new source, throttle and digest, with its state in changelogged stores;
 *   <li>{@code delivery}: a separate consumer of the alerts topic delivers to webhooks and email, with
 *       retries, and records every delivery in Kafka so a restart resends nothing;
 *   <li>{@code api}: the HTTP API that manages rules; {@code cli}: {@code monitor rules test}.
 * </ul>
 */
package org.statementmonitor.alerts;
