package org.statementmonitor.common.json;

/** A record on a topic that is not valid JSON of the expected type; its message says why. */
public class JsonRecordException extends RuntimeException {
  public JsonRecordException(String message, Throwable cause) {
    super(message, cause);
  }
}
