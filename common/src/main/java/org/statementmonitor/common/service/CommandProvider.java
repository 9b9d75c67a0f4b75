package org.statementmonitor.common.service;

/**
 * Contributes a subcommand to {@code bin/monitor} (for example {@code analyze} from enrich, {@code
 * rules} from alerts). Registered in {@code
 * META-INF/services/org.statementmonitor.common.service.CommandProvider}; the launcher adds {@link
 * #command()} (a picocli {@code @Command}-annotated object) to its command line.
 */
public interface CommandProvider {

  /** A picocli {@code @Command}-annotated object (an instance or a {@code Class}). */
  Object command();
}
