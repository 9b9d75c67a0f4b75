package org.statementmonitor.common.config;

/** Configuration that cannot be used; the message names the setting and the constraint. */
public class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
