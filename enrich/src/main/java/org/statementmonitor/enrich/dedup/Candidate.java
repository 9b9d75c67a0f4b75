package org.statementmonitor.enrich.dedup;

/**
 * An earlier statement the index lookups turned up, resolved to its id and compared with the probe.
 *
 * @param id statement id
 * @param idHash hash of the id (how the indexes refer to it)
 * @param timestamp when it was seen
 * @param match comparison of its sketch with the probe's
 */
public record Candidate(String id, long idHash, long timestamp, Match match) {}
