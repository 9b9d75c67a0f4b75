package org.statementmonitor.launcher;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.common.service.MonitorServiceFactory;
import org.statementmonitor.launcher.demo.DemoFeed;
import org.statementmonitor.launcher.local.LocalServers;
import org.statementmonitor.launcher.options.CommonOptions;
import org.statementmonitor.launcher.options.LaunchSettings;
import org.statementmonitor.launcher.run.ServiceCatalog;
import org.statementmonitor.launcher.run.ServiceHost;
import org.statementmonitor.launcher.run.Termination;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code monitor up}: the whole pipeline in one process. Without {@code --kafka}/{@code
 * --elasticsearch} (or their configuration keys) it first starts a local broker on localhost:9092 and
 * a local node on localhost:9200 under the data directory, and a demo feed; then every service found
 * on the class path, in start order. Prints where everything is and runs until SIGTERM or Ctrl-C, then
 * stops services in reverse order and the local servers last.
 */
@Command(name = "up", mixinStandardHelpOptions = true,
    description = {"Runs every service in one process (with a local Kafka, Elasticsearch and demo feed).",
        "",
        "A local Kafka broker (localhost:9092) and Elasticsearch node (localhost:9200) are started under",
        "--data unless --kafka/--elasticsearch or the configuration name existing clusters. Stop with Ctrl-C."})
final class UpCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(UpCommand.class);

  @Mixin
  CommonOptions options;

  @Option(names = "--demo", negatable = true,
      description = "Serve and watch the demo feed (default: on when Kafka and Elasticsearch are local).")
  Boolean demo;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    LaunchSettings settings = LaunchSettings.resolve(options);
    ServiceCatalog catalog = ServiceCatalog.load();
    ServiceHost host = new ServiceHost(Duration.ofSeconds(settings.ops().shutdownSeconds()));
    Termination.closeOnTermination(host);
    Banner banner = new Banner(catalog);
    try {
      settings = startLocalServers(settings, host, banner);
      if (demo != null ? demo : !settings.kafkaGiven() && !settings.elasticsearchGiven()) {
        DemoFeed feed = host.own("demo feed", DemoFeed.start("127.0.0.1", 0));
        settings = settings.withFeedSource("demo", feed.feedUrl());
        banner.demoFeed(feed);
      }
      host.open(settings);
      host.watchKafka();
      for (MonitorServiceFactory factory : catalog.inStartOrder()) {
        host.start(factory);
      }
    } catch (Exception e) {
      LOG.error("monitor up failed: {}", e.getMessage(), e);
      spec.commandLine().getErr().println("monitor up failed: " + e.getMessage());
      host.close();
      return 1;
    }
    banner.print(spec.commandLine().getOut(), settings, host);
    host.awaitClosed();
    return 0;
  }

  /** Starts the broker and the node that were not named, in parallel (the node takes longest). */
  private static LaunchSettings startLocalServers(LaunchSettings settings, ServiceHost host, Banner banner)
      throws Exception {
    CompletableFuture<LocalServers.Running> nodeStart = settings.elasticsearchGiven()
        ? CompletableFuture.completedFuture(null)
        : CompletableFuture.supplyAsync(() -> startOwned(host, "elasticsearch",
            () -> LocalServers.startElasticsearch(settings.dataDir().resolve("elasticsearch"))));
    Exception failure = null;
    LocalServers.Running broker = null;
    try {
      if (!settings.kafkaGiven()) {
        broker = host.startOwned("kafka", () -> LocalServers.startKafka(settings.dataDir().resolve("kafka")));
      }
    } catch (Exception e) {
      failure = e;
    }
    LocalServers.Running node = null;
    try {
      node = nodeStart.join();
    } catch (CompletionException e) {
      Exception cause = e.getCause() instanceof Exception c ? c : e;
      if (failure == null) {
        failure = cause;
      } else {
        failure.addSuppressed(cause);
      }
    }
    if (failure != null) {
      throw failure;
    }
    banner.localServers(broker, node);
    LaunchSettings result = settings;
    if (broker != null) {
      result = result.withKafka(broker.address());
    }
    if (node != null) {
      result = result.withElasticsearch(node.address());
    }
    return result;
  }

  private static LocalServers.Running startOwned(ServiceHost host, String name,
      Callable<LocalServers.Running> starter) {
    try {
      return host.startOwned(name, starter);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new CompletionException(e);
    }
  }
}
