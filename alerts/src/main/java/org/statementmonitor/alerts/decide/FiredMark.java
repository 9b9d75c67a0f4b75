package org.statementmonitor.alerts.decide;

import java.time.Instant;

/**
 * That a rule already fired for a statement, a duplicate cluster or a source, kept in the fired store.
 *
 * @param statementId the statement that fired it
 * @param source its source's name
 * @param published when it was published (or fetched)
 * @param at when the mark was written (for expiry)
 */
public record FiredMark(String statementId, String source, Instant published, Instant at) {}
