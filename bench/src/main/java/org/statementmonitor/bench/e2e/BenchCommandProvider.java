package org.statementmonitor.bench.e2e;

import org.statementmonitor.common.service.CommandProvider;

/** Adds {@code bench} to {@code bin/monitor} when the bench module is on the class path. */
public final class BenchCommandProvider implements CommandProvider {

  @Override
  public Object command() {
    return new BenchCommand();
  }
}
