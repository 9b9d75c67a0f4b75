package org.statementmonitor.launcher;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

  // Taken out of the arguments by Main before logging starts (it works before or after the
  // subcommand); declared here so that the usage lists it.
  @Option(names = "--log-format", paramLabel = "text|json",
      description = "Log lines as plain text (default) or one JSON object per line (also: MONITOR_LOG_FORMAT=json).")
  String logFormat;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 2;
  }
}
