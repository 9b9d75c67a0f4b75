/**
 * The Kafka Streams topology of enrich, as a pure factory ({@link
 * org.statementmonitor.enrich.topology.EnrichTopology#build}), its configuration ({@link
 * org.statementmonitor.enrich.topology.EnrichConfig}), the processors of the scatter/gather
 * duplicate stage with the binary codec of their internal records ({@code DedupCodec}), the grouping
 * of a statement's index keys and verifications by owning partition ({@code KeyGroups}, with the
 * partition count read from the broker by {@link
 * org.statementmonitor.enrich.topology.DedupPartitions}), the
 * dead-letter handlers and the meters. Every processor, store and repartition topic is named by a
 * constant of {@code EnrichTopology}.
 */
package org.statementmonitor.enrich.topology;
