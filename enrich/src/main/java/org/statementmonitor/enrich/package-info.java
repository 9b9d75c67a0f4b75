/**
 * Enrich: a Kafka Streams application (exactly_once_v2) that turns raw statements into enriched
 * ones.
 *
 * <p><b>In:</b> {@code monitor.statements.raw} (key: statement id, value: {@link
 * org.statementmonitor.common.event.Statement}). <b>Out:</b> {@code monitor.statements.enriched}
 * (key: statement id, value: {@link org.statementmonitor.common.event.EnrichedStatement} with
 * language, entities, facts, a content hash and the duplicate decision) and {@code
 * monitor.deadletters} (records that could not be read or processed, with the reason).
 *
 * <p><b>Packages:</b> {@code analysis} (and the packages behind it: language, entities, watchlist,
 * facts) analyses one statement, statelessly; {@code dedup} holds the duplicate detection as pure
 * code shared with the offline {@code analyze} command; {@code topology} wires both into the
 * streams topology: the analysis, then a scatter/gather duplicate stage whose index, signature and
 * pending stores are keyed by index key or statement id hash over four named repartition topics
 * ({@code dedup-keys}, {@code dedup-gather}, {@code dedup-verify}, {@code dedup-decide}), so it is
 * correct at any partition count and instance count. State is bounded by the dedup horizon.
 *
 * <p>{@link org.statementmonitor.enrich.EnrichServiceFactory} (service name {@code enrich}) runs it
 * under the launcher; configuration is the {@code enrich} section ({@link
 * org.statementmonitor.enrich.topology.EnrichConfig}).
 */
package org.statementmonitor.enrich;
