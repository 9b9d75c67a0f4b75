package org.statementmonitor.indexer.pickup;

import java.time.Instant;
import java.util.List;

/**
 * What the copies of one original add up to: how many there are, which outlets published them, and
 * when the first and the latest were published. Derived from the set of copy documents, so writing it
 * again changes nothing (idempotent), whatever order the copies came in.
 */
public record PickupSummary(String originalId, long copyCount, List<String> outlets, Instant firstPickup,
    Instant latestPickup) {
  public PickupSummary {
    outlets = outlets == null ? List.of() : List.copyOf(outlets);
  }
}
