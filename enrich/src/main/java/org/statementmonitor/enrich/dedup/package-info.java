/**
 * Exact and near-duplicate detection and passage reuse, as pure functions and small index rules
 * that the Kafka Streams topology ({@code org.statementmonitor.enrich.topology}) and the offline
 * {@link org.statementmonitor.enrich.dedup.OfflineDuplicates} both run.
 *
 * <p>A statement's text becomes a {@link org.statementmonitor.enrich.dedup.Fingerprint}: an exact
 * key (hash of the normalised text), a 64-permutation MinHash {@link
 * org.statementmonitor.enrich.dedup.Sketch} of 5-word shingles of its prose content (letterheads and
 * signatory lists left out, see {@link org.statementmonitor.enrich.dedup.ContentSegmenter}), LSH band
 * keys, and sentence keys. Index keys (exact, band, sentence) lead to candidate earlier statements;
 * each candidate is verified by comparing sketches (similarity and containment, {@link
 * org.statementmonitor.enrich.dedup.DuplicatePolicy}); {@link
 * org.statementmonitor.enrich.dedup.DuplicateDecider} turns the verified candidates and sentence hits
 * into the decision.
 */
package org.statementmonitor.enrich.dedup;
