package org.statementmonitor.alerts.matching;

import java.io.IOException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.monitor.MonitorConfiguration;

/**
 * The monitor's query index kept in one segment. The presearcher searches the rule index once per
 * statement, and every segment costs that search a terms lookup per field and term of the
 * statement, so after the rules change the index is merged back into one segment (which also drops
 * the replaced rules' deleted documents). Rules are committed in one batch however many there are.
 */
final class QueryIndexSettings extends MonitorConfiguration {

  private volatile IndexWriter writer;

  QueryIndexSettings() {
    setQueryUpdateBufferSize(Integer.MAX_VALUE - 1);
  }

  @Override
  public IndexWriter buildIndexWriter() throws IOException {
    IndexWriter built = super.buildIndexWriter();
    writer = built;
    return built;
  }

  /** Merges the rule index into one segment; the monitor sees it at its next commit. */
  void mergeIntoOneSegment() throws IOException {
    IndexWriter w = writer;
    if (w != null) {
      w.forceMerge(1);
    }
  }
}
