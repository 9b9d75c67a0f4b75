/**
 * Polling: {@link org.statementmonitor.ingest.poll.PollScheduler} runs each source on its interval
 * (virtual threads, back-off of failing sources), a source lister turns a source into {@link
 * org.statementmonitor.ingest.source.SourceItem}s, and {@link
 * org.statementmonitor.ingest.poll.ItemProcessor} turns each item into at most one raw statement,
 * consulting the seen state. {@link org.statementmonitor.ingest.poll.IngestMetrics} and {@link
 * org.statementmonitor.ingest.poll.SourceStatus} report what happened per source.
 */
package org.statementmonitor.ingest.poll;
