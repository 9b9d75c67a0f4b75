/**
 * Ingest: continuous, polite, loss-free collection of newly published statements.
 *
 * <p>In: sources declared in the {@code ingest} configuration section and an optional sources file
 * (feeds, sitemaps, watched pages, a drop folder) and the HTTP push endpoint. Out: one {@code
 * Statement} per new or edited statement on {@code monitor.statements.raw}, keyed by a stable id;
 * dead letters on {@code monitor.deadletters}. State: the compacted topic {@code monitor.ingest.seen}
 * (what was produced, with content hash and version), written in the same Kafka transaction as the
 * statement.
 *
 * <p>Flow: {@code poll.PollScheduler} → {@code poll.SourceLister} (via {@code fetch.HttpFetcher} and
 * {@code source.*} readers) → {@code poll.ItemProcessor} (seen check, fetch, {@code extract.*}) →
 * {@code publish.StatementPublisher}.
 */
package org.statementmonitor.ingest;
