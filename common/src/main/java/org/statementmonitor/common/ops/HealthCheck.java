package org.statementmonitor.common.ops;

import java.util.Map;

/** One thing a service depends on or does, checked on every {@code /health} request. */
@FunctionalInterface
public interface HealthCheck {

  /** The current status; must return quickly and never throw. */
  Status check();

  /** Result of a check: up or down, with details an operator can read. */
  record Status(boolean up, Map<String, Object> details) {
    public Status {
      details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static Status up(Map<String, Object> details) {
      return new Status(true, details);
    }

    public static Status down(String reason) {
      return new Status(false, Map.of("reason", reason));
    }
  }
}
