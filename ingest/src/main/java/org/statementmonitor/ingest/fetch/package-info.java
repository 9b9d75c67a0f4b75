/**
 * Fetching as a good citizen: {@link org.statementmonitor.ingest.fetch.HttpFetcher} (conditional GET,
 * timeouts and a total deadline, bounded redirects, a body cap applied while streaming and after
 * decompression, retries with backoff and jitter honouring Retry-After), {@link
 * org.statementmonitor.ingest.fetch.HostGate} (per-host delay and concurrency), robots.txt via
 * crawler-commons and {@link org.statementmonitor.ingest.fetch.AddressGuard} (no private, loopback or
 * link-local destinations unless allowed). Failures carry a {@link
 * org.statementmonitor.ingest.fetch.FetchException.Reason} used as metric tag and dead-letter reason.
 */
package org.statementmonitor.ingest.fetch;
