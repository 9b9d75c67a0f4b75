package org.statementmonitor.launcher;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.common.service.MonitorServiceFactory;
import org.statementmonitor.launcher.options.CommonOptions;
import org.statementmonitor.launcher.options.LaunchSettings;
import org.statementmonitor.launcher.run.ServiceCatalog;
import org.statementmonitor.launcher.run.ServiceHost;
import org.statementmonitor.launcher.run.Termination;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Runs one service alone ({@code monitor ingest|enrich|index|alerts}), as docker-compose and a real
 * deployment do: against the Kafka and Elasticsearch named by the options or the configuration
 * (localhost by default), never starting servers of its own. Runs until SIGTERM or Ctrl-C.
 */
@Command(mixinStandardHelpOptions = true,
    description = "Runs one service alone against existing Kafka and Elasticsearch, until stopped.")
final class ServiceCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(ServiceCommand.class);

  private final String service;

  @Mixin
  CommonOptions options;

  @Spec
  CommandSpec spec;

  ServiceCommand(String service) {
    this.service = service;
  }

  @Override
  public Integer call() throws Exception {
    LaunchSettings settings = LaunchSettings.resolve(options);
    ServiceCatalog catalog = ServiceCatalog.load();
    Optional<MonitorServiceFactory> factory = catalog.find(service);
    if (factory.isEmpty()) {
      spec.commandLine().getErr().println("service '" + service + "' is not part of this build (found: "
          + (catalog.names().isEmpty() ? "none" : String.join(", ", catalog.names()))
          + "); its module must register a MonitorServiceFactory named '" + service + "'");
      return 1;
    }
    ServiceHost host = new ServiceHost(Duration.ofSeconds(settings.ops().shutdownSeconds()));
    Termination.closeOnTermination(host);
    try {
      host.open(settings);
      host.watchKafka();
      host.start(factory.get());
    } catch (Exception e) {
      LOG.error("{} could not start: {}", service, e.getMessage(), e);
      host.close();
      return 1;
    }
    LOG.info("{} running (Kafka {}, Elasticsearch {}, metrics {}/metrics); stop with SIGTERM or Ctrl-C",
        service, settings.kafka().bootstrapServers(), settings.elasticsearch().url(), host.ops().url());
    host.awaitClosed();
    return 0;
  }
}
