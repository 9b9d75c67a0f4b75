package org.statementmonitor.launcher.run;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Stops a {@link ServiceHost} in order on SIGTERM or Ctrl-C. The signal starts {@link
 * ServiceHost#close()} before the JVM begins its shutdown, so services stop while the local broker
 * and node still run (the servers' own shutdown hooks would otherwise race with the services'
 * last commits); a JVM shutdown hook remains as the fallback for every other way the JVM exits.
 */
public final class Termination {

  private static final Logger LOG = LoggerFactory.getLogger(Termination.class);

  private Termination() {}

  /** Arranges for {@code host} to be closed on SIGTERM, SIGINT and JVM exit. */
  public static void closeOnTermination(ServiceHost host) {
    Runtime.getRuntime().addShutdownHook(new Thread(host::close, "monitor-shutdown"));
    for (String name : new String[] {"TERM", "INT"}) {
      try {
        Signal.handle(new Signal(name), signal ->
            Thread.ofPlatform().name("monitor-stop-" + name.toLowerCase(java.util.Locale.ROOT)).start(() -> {
              LOG.info("SIG{} received: stopping", name);
              host.close();
            }));
      } catch (IllegalArgumentException | UnsupportedOperationException e) {
        LOG.debug("cannot handle SIG{} here ({}); the shutdown hook stops the services", name, e.toString());
      }
    }
  }
}
