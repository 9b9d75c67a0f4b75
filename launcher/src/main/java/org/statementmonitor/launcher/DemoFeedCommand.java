package org.statementmonitor.launcher;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.statementmonitor.launcher.demo.DemoFeed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Serves the demo feed alone (docker-compose runs it as a container beside ingest). */
@Command(name = "demo-feed", mixinStandardHelpOptions = true,
    description = "Serves the demo statements as an RSS feed with HTML pages, until stopped.")
final class DemoFeedCommand implements Callable<Integer> {

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "8080", description = "Port to bind (default: ${DEFAULT-VALUE}).")
  int port;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    CountDownLatch stopped = new CountDownLatch(1);
    DemoFeed feed = DemoFeed.start(host, port);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      feed.close();
      stopped.countDown();
    }, "demo-feed-shutdown"));
    spec.commandLine().getOut().println("demo feed on " + feed.feedUrl());
    spec.commandLine().getOut().flush();
    stopped.await();
    return 0;
  }
}
