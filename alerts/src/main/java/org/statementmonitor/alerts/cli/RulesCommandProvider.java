package org.statementmonitor.alerts.cli;

import org.statementmonitor.common.service.CommandProvider;

/** Adds {@code monitor rules} to the launcher's command line (registered through ServiceLoader). */
public final class RulesCommandProvider implements CommandProvider {

  @Override
  public Object command() {
    return new RulesCommand();
  }
}
