package org.statementmonitor.alerts.query;

/** A rule query that cannot be parsed, with the position of the error inside the query. */
public class QuerySyntaxException extends Exception {

  private final int line;
  private final int column;

  public QuerySyntaxException(String message, int line, int column, Throwable cause) {
    super(message, cause);
    this.line = line;
    this.column = column;
  }

  /** Line of the error, 1-based (0 when unknown). */
  public int line() {
    return line;
  }

  /** Column of the error, 1-based (0 when unknown). */
  public int column() {
    return column;
  }
}
