package org.statementmonitor.alerts.query;

import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.statementmonitor.common.event.EnrichedStatement;

/**
 * An enriched statement as the monitor sees it: the Lucene document, and for each multi-valued field
 * the values in the order they were added, so a hit's position leads back to the value (and, for
 * entities, to where it stands in the text).
 */
public record MappedStatement(EnrichedStatement statement, Document document, Map<String, List<FieldValue>> values) {

  /**
   * One value of a field.
   *
   * @param value the value as indexed
   * @param start offset of the value in the statement text, or -1
   * @param end offset after the value in the statement text, or -1
   */
  public record FieldValue(String value, int start, int end) {}

  /** The value at a token position of a whole-value field, or null. */
  public FieldValue valueAt(String field, int position) {
    List<FieldValue> list = values.get(field);
    return list == null || position < 0 || position >= list.size() ? null : list.get(position);
  }
}
