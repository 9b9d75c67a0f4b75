package org.statementmonitor.alerts.query;

import java.util.Set;
import org.apache.lucene.search.QueryVisitor;

/** Finds the first field a query names that statements do not have (a typo such as {@code entity.organisation}). */
final class UnknownFieldVisitor extends QueryVisitor {

  private static final Set<String> KNOWN = Set.copyOf(StatementFields.all());

  private String unknown;

  @Override
  public boolean acceptField(String field) {
    if (unknown == null && !KNOWN.contains(field)) {
      unknown = field;
    }
    return true;
  }

  @Override
  public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur,
      org.apache.lucene.search.Query parent) {
    return this;
  }

  String unknown() {
    return unknown;
  }
}
