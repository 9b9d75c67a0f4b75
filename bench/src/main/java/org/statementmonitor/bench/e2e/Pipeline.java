package org.statementmonitor.bench.e2e;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.common.config.ElasticsearchSettings;
import org.statementmonitor.common.config.KafkaSettings;
import org.statementmonitor.common.config.MonitorConfig;
import org.statementmonitor.common.ops.Metrics;
import org.statementmonitor.common.service.MonitorService;
import org.statementmonitor.common.service.MonitorServiceFactory;
import org.statementmonitor.common.service.ServiceContext;

/**
 * The pipeline services under test, found with {@code ServiceLoader<MonitorServiceFactory>} as the
 * launcher finds them (enrich, index, alerts; ingest is bypassed), each with its own meter registry
 * and data directory, started in the factories' order and closed in reverse. Enrich may run as several
 * instances of one Kafka Streams application (one data directory each), as on several machines.
 */
final class Pipeline implements AutoCloseable {

  /** The services a benchmark run starts. */
  static final List<String> SERVICES = List.of("enrich", "index", "alerts");

  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  private final Deque<MonitorService> running = new ArrayDeque<>();
  private final Map<String, Integer> started = new TreeMap<>();
  private final List<String> missing = new ArrayList<>();
  private final KafkaSettings kafka;
  private final ElasticsearchSettings elasticsearch;
  private final Path dataDir;

  Pipeline(KafkaSettings kafka, ElasticsearchSettings elasticsearch, Path dataDir) {
    this.kafka = kafka;
    this.elasticsearch = elasticsearch;
    this.dataDir = dataDir;
  }

  /** The factories on the class path, by name. */
  static Map<String, MonitorServiceFactory> factories() {
    Map<String, MonitorServiceFactory> found = new TreeMap<>();
    for (MonitorServiceFactory f : ServiceLoader.load(MonitorServiceFactory.class)) {
      found.put(f.name(), f);
    }
    return found;
  }

  /** Starts enrich ({@code enrichInstances} times), index and alerts, whichever are present. */
  void start(MonitorConfig config, int enrichInstances) throws Exception {
    Map<String, MonitorServiceFactory> factories = factories();
    List<MonitorServiceFactory> order = SERVICES.stream().filter(factories::containsKey).map(factories::get)
        .sorted(Comparator.comparingInt(MonitorServiceFactory::startOrder)).toList();
    SERVICES.stream().filter(s -> !factories.containsKey(s)).forEach(missing::add);
    if (!missing.isEmpty()) {
      LOG.warn("services not on the class path, not measured: {}", missing);
    }
    for (MonitorServiceFactory factory : order) {
      int instances = factory.name().equals("enrich") ? enrichInstances : 1;
      for (int i = 0; i < instances; i++) {
        startOne(factory, config, factory.name() + "-" + i);
      }
    }
  }

  /** Starts one more instance of a service under its own data directory. */
  MonitorService startOne(MonitorServiceFactory factory, MonitorConfig config, String instance) throws Exception {
    return startOne(factory, config, instance, Metrics.newRegistry());
  }

  /** Starts one more instance of a service with its meters on {@code registry}, for the caller to read. */
  MonitorService startOne(MonitorServiceFactory factory, MonitorConfig config, String instance,
      MeterRegistry registry) throws Exception {
    ServiceContext context = new ServiceContext(config, kafka, elasticsearch, registry, null,
        dataDir.resolve(instance));
    MonitorService service = factory.create(context);
    try {
      service.start();
    } catch (Exception | Error e) {
      service.close();
      throw e;
    }
    running.push(service);
    started.merge(factory.name(), 1, Integer::sum);
    LOG.info("service {} started", instance);
    return service;
  }

  /** Instances started, by service name. */
  Map<String, Integer> started() {
    return Map.copyOf(started);
  }

  /** Services that were not found. */
  List<String> missing() {
    return List.copyOf(missing);
  }

  boolean has(String service) {
    return started.containsKey(service);
  }

  @Override
  public void close() {
    stopServices();
  }

  /** Stops every service started so far, last first; more may be started afterwards. */
  void stopServices() {
    while (!running.isEmpty()) {
      MonitorService service = running.pop();
      try {
        service.close();
      } catch (RuntimeException e) {
        LOG.warn("closing {} failed: {}", service.name(), e.toString());
      }
    }
  }
}
