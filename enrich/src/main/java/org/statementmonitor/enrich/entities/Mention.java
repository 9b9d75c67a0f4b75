package org.statementmonitor.enrich.entities;

import org.statementmonitor.common.event.EntityType;

/**
 * A candidate entity found by one rule, before overlaps are resolved and names canonicalised.
 * Mutable while the recogniser runs; never leaves the recogniser.
 */
final class Mention {
  final EntityType type;
  final int start;
  final int end;
  final int priority;
  String canonical;
  String normalized;
  String unit;
  String role;
  String watchlistId;

  Mention(EntityType type, int start, int end, int priority) {
    this.type = type;
    this.start = start;
    this.end = end;
    this.priority = priority;
  }

  int length() {
    return end - start;
  }

  boolean overlaps(Mention other) {
    return start < other.end && other.start < end;
  }

  static Mention of(EntityType type, int start, int end, int priority, String canonical) {
    Mention m = new Mention(type, start, end, priority);
    m.canonical = canonical;
    return m;
  }
}
