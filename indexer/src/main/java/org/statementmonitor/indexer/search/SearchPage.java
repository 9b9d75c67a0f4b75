package org.statementmonitor.indexer.search;

import java.util.List;

/** The statements found (best first, newest first among equals) and how many matched in all. */
public record SearchPage(long total, List<StatementHit> hits) {
  public SearchPage {
    hits = List.copyOf(hits);
  }
}
