package org.statementmonitor.launcher;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code monitor} command; alone, it prints the usage. */
@Command(name = "monitor", mixinStandardHelpOptions = true, version = "statement monitor 0.1.0",
    subcommands = {UpCommand.class, DemoFeedCommand.class},
    description = {
        "Watches sources for newly published statements and turns them into searchable,",
        "enriched, deduplicated records with alerts: ingest -> Kafka -> enrich -> Elasticsearch.",
        "",
        "Start everything locally with 'monitor up'; run one service with 'monitor <service>'."})
final class MonitorCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 2;
  }
}
