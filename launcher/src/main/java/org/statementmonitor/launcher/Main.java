package org.statementmonitor.launcher;

import java.util.Iterator;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.common.config.ConfigException;
import org.statementmonitor.common.service.CommandProvider;
import org.statementmonitor.launcher.logging.LogFormatOption;
import org.statementmonitor.launcher.run.ServiceCatalog;
import picocli.CommandLine;

/**
 * Entry point of {@code bin/monitor} and of the Docker image: {@code up} runs everything in one
 * process; {@code ingest}, {@code enrich}, {@code index} and {@code alerts} run one service each;
 * modules add further subcommands through {@link CommandProvider}.
 */
public final class Main {

  private static final Map<String, String> SERVICE_DESCRIPTIONS = Map.of(
      "ingest", "Runs ingest alone: polls the sources, writes new statements to the raw topic.",
      "enrich", "Runs enrich alone: raw topic -> language, entities, facts, duplicates -> enriched topic.",
      "index", "Runs the indexer alone: enriched topic -> Elasticsearch, alias 'statements'.",
      "alerts", "Runs alerts alone: enriched statements matched against stored rules -> alerts topic.");

  private Main() {}

  public static void main(String[] args) {
    String[] rest;
    try {
      // before anything logs: logback picks the format once, when the first logger is created
      rest = LogFormatOption.apply(args);
    } catch (IllegalArgumentException e) {
      System.err.println("monitor: " + e.getMessage());
      System.exit(2);
      return;
    }
    System.exit(commandLine().execute(rest));
  }

  /** The complete command line: built-in commands, one per service, and the modules' commands. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new MonitorCommand());
    for (String service : ServiceCatalog.EXPECTED) {
      CommandLine sub = new CommandLine(new ServiceCommand(service));
      sub.getCommandSpec().usageMessage().description(SERVICE_DESCRIPTIONS.get(service));
      cli.addSubcommand(service, sub);
    }
    addProvidedCommands(cli);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof ConfigException) {
        commandLine.getErr().println("configuration error: " + e.getMessage());
        return 2;
      }
      throw e;
    });
    return cli;
  }

  private static void addProvidedCommands(CommandLine cli) {
    Logger log = LoggerFactory.getLogger(Main.class);
    Iterator<CommandProvider> providers = ServiceLoader.load(CommandProvider.class).iterator();
    for (int failures = 0; failures < 20; ) {
      try {
        if (!providers.hasNext()) {
          return;
        }
        CommandProvider provider = providers.next();
        CommandLine sub = new CommandLine(provider.command());
        String name = sub.getCommandName();
        if (cli.getSubcommands().containsKey(name)) {
          log.warn("command '{}' from {} clashes with an existing command; ignored", name,
              provider.getClass().getName());
        } else {
          cli.addSubcommand(name, sub);
        }
      } catch (ServiceConfigurationError | RuntimeException e) {
        failures++;
        log.warn("a command provider cannot be loaded: {}", e.getMessage());
      }
    }
  }
}
