package org.statementmonitor.alerts.cli;

import picocli.CommandLine.Command;

/** {@code monitor rules}: work with alert rules offline. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Work with alert rules.",
    subcommands = RulesTestCommand.class)
public final class RulesCommand implements Runnable {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
