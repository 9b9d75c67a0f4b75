package org.statementmonitor.enrich.entities;

/** How strongly a rule's mention holds against an overlapping one (higher wins ties on length). */
final class Priorities {
  static final int WATCHLIST = 100;
  static final int SIGNATURE = 90;
  static final int PATTERN = 80;
  static final int GAZETTEER = 70;
  static final int CHUNK = 60;
  static final int PROPAGATED = 50;

  private Priorities() {}
}
