package org.statementmonitor.enrich.entities;

import java.util.BitSet;

/** Character ranges already claimed by a pattern, so later, weaker patterns skip them. */
final class Spans {
  private final BitSet bits = new BitSet();

  boolean overlaps(int start, int end) {
    int next = bits.nextSetBit(start);
    return next >= 0 && next < end;
  }

  void add(int start, int end) {
    bits.set(start, end);
  }
}
