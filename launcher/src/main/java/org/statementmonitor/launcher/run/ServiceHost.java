package org.statementmonitor.launcher.run;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.common.health.HealthSettings;
import org.statementmonitor.common.health.KafkaHealth;
import org.statementmonitor.common.ops.HealthCheck;
import org.statementmonitor.common.ops.Metrics;
import org.statementmonitor.common.ops.OpsServer;
import org.statementmonitor.common.service.MonitorService;
import org.statementmonitor.common.service.MonitorServiceFactory;
import org.statementmonitor.common.service.ServiceContext;
import org.statementmonitor.launcher.options.LaunchSettings;

/**
 * Everything one process runs, and its orderly end. It owns the process's one meter registry and
 * one ops server ({@code /metrics}, {@code /health}), the services it started (closed in reverse
 * start order) and the local servers and helpers handed to it with {@link #own} (closed after the
 * services, in reverse order). {@link #close()} is idempotent and bounded by {@code
 * ops.shutdownSeconds} per stage, so it is safe from a shutdown hook.
 */
public final class ServiceHost implements AutoCloseable {

  /** Name of the launcher's own health check. */
  public static final String HEALTH_CHECK = "launcher";

  private static final Logger LOG = LoggerFactory.getLogger(ServiceHost.class);

  private final Deque<Owned> infrastructure = new ArrayDeque<>();
  private final Deque<Owned> services = new ArrayDeque<>();
  private final AtomicBoolean closing = new AtomicBoolean();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final CountDownLatch closed = new CountDownLatch(1);
  private final Duration stageBound;
  private PrometheusMeterRegistry registry;
  private OpsServer ops;
  private ServiceContext context;

  private record Owned(String name, AutoCloseable resource) {}

  /** A host whose shutdown stages may each take up to {@code stageBound}. */
  public ServiceHost(Duration stageBound) {
    this.stageBound = stageBound;
  }

  /**
   * Hands a local server or helper to the host; it is closed after every service has stopped. When
   * the host is already closing, the resource is closed at once and an exception is thrown.
   */
  public <T extends AutoCloseable> T own(String name, T resource) {
    synchronized (this) {
      if (!closing.get()) {
        infrastructure.push(new Owned(name, resource));
        return resource;
      }
    }
    BoundedClose.close(name, resource, Instant.now().plus(stageBound));
    throw new IllegalStateException("stopping: " + name + " was closed as soon as it started");
  }

  /**
   * Starts a local server and owns it. A shutdown that begins meanwhile waits (within its bound) for
   * the start to finish and then closes it too, so no child process outlives the launcher.
   */
  public <T extends AutoCloseable> T startOwned(String name, Callable<T> starter) throws Exception {
    synchronized (this) {
      if (closing.get()) {
        throw new IllegalStateException("stopping: " + name + " not started");
      }
      inFlight.incrementAndGet();
    }
    try {
      return own(name, starter.call());
    } finally {
      synchronized (this) {
        inFlight.decrementAndGet();
        notifyAll();
      }
    }
  }

  /**
   * Creates the meter registry, starts the ops server and builds the context every service shares.
   *
   * @throws IOException when the ops port cannot be bound
   */
  public synchronized ServiceContext open(LaunchSettings settings) throws IOException {
    if (context != null) {
      throw new IllegalStateException("the service host is already open");
    }
    registry = Metrics.newRegistry();
    try {
      ops = OpsServer.start(settings.ops().host(), settings.ops().port(), registry);
    } catch (IOException e) {
      throw new IOException("cannot serve /metrics and /health on " + settings.ops().host() + ":"
          + settings.ops().port() + " (" + e.getMessage() + "); choose another port with --ops-port"
          + " or ops.port", e);
    }
    ops.register(HEALTH_CHECK, this::health);
    context = new ServiceContext(settings.config(), settings.kafka(), settings.elasticsearch(), registry,
        ops, settings.dataDir());
    return context;
  }

  /**
   * Registers the {@value KafkaHealth#NAME} health check (broker reachable, consumer lag of the groups
   * in the {@code health} section under its threshold) and owns its admin client.
   */
  public synchronized void watchKafka() {
    if (context == null) {
      throw new IllegalStateException("the service host is not open");
    }
    HealthSettings settings = context.config().section("health", HealthSettings.class);
    ops.register(KafkaHealth.NAME, own("kafka health", KafkaHealth.open(context.kafka(), settings)));
  }

  /** Builds and starts one service; on failure nothing of it is left running. */
  public MonitorService start(MonitorServiceFactory factory) throws Exception {
    ServiceContext ctx;
    synchronized (this) {
      if (context == null || closing.get()) {
        throw new IllegalStateException("the service host is not open");
      }
      ctx = context;
    }
    LOG.info("starting service {}", factory.name());
    MonitorService service = factory.create(ctx);
    try {
      service.start();
    } catch (Exception | Error e) {
      BoundedClose.close("service " + factory.name(), service, Instant.now().plus(stageBound));
      throw e;
    }
    synchronized (this) {
      services.push(new Owned(factory.name(), service));
    }
    LOG.info("service {} started", factory.name());
    return service;
  }

  /** The ops server, once open. */
  public OpsServer ops() {
    return ops;
  }

  /** Names of the services running, in start order. */
  public synchronized List<String> serviceNames() {
    List<String> names = new ArrayList<>();
    services.descendingIterator().forEachRemaining(owned -> names.add(owned.name()));
    return names;
  }

  /** Blocks until {@link #close()} has finished. */
  public void awaitClosed() throws InterruptedException {
    closed.await();
  }

  /**
   * Stops the services in reverse start order, then the ops server, then the owned local servers in
   * reverse order; each stage waits {@code stageBound} at most. Idempotent; never throws.
   */
  @Override
  public void close() {
    if (!closing.compareAndSet(false, true)) {
      try {
        closed.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return;
    }
    try {
      LOG.info("stopping");
      closeAll(services, "service ");
      if (ops != null) {
        ops.close();
      }
      awaitStartsInFlight(Instant.now().plus(stageBound));
      closeAll(infrastructure, "");
      if (registry != null) {
        registry.close();
      }
      LOG.info("stopped");
    } finally {
      closed.countDown();
    }
  }

  private void closeAll(Deque<Owned> stack, String prefix) {
    Instant deadline = Instant.now().plus(stageBound);
    while (true) {
      Owned next;
      synchronized (this) {
        next = stack.poll();
      }
      if (next == null) {
        return;
      }
      LOG.info("stopping {}{}", prefix, next.name());
      BoundedClose.close(prefix + next.name(), next.resource(), deadline);
    }
  }

  private synchronized void awaitStartsInFlight(Instant deadline) {
    while (inFlight.get() > 0) {
      long left = Duration.between(Instant.now(), deadline).toMillis();
      if (left <= 0) {
        LOG.warn("{} local server(s) still starting at the shutdown deadline", inFlight.get());
        return;
      }
      try {
        wait(left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private HealthCheck.Status health() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("services", serviceNames());
    return closing.get() ? HealthCheck.Status.down("shutting down") : HealthCheck.Status.up(details);
  }
}
