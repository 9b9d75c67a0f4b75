package org.statementmonitor.enrich.analyze;

import org.statementmonitor.common.service.CommandProvider;

/** Contributes {@code analyze} to {@code bin/monitor} (registered for the ServiceLoader). */
public final class AnalyzeCommandProvider implements CommandProvider {

  @Override
  public Object command() {
    return new AnalyzeCommand();
  }
}
