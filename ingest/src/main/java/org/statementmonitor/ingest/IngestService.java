package org.statementmonitor.ingest;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.common.config.ConfigException;
import org.statementmonitor.common.ops.HealthCheck;
import org.statementmonitor.common.service.MonitorService;
import org.statementmonitor.common.service.ServiceContext;
import org.statementmonitor.common.topic.TopicProvisioner;
import org.statementmonitor.common.topic.Topics;
import org.statementmonitor.ingest.config.IngestConfig;
import org.statementmonitor.ingest.config.SourceConfig;
import org.statementmonitor.ingest.config.SourcesFile;
import org.statementmonitor.ingest.extract.DocumentExtractor;
import org.statementmonitor.ingest.fetch.AddressGuard;
import org.statementmonitor.ingest.fetch.HttpFetcher;
import org.statementmonitor.ingest.poll.IngestMetrics;
import org.statementmonitor.ingest.poll.ItemProcessor;
import org.statementmonitor.ingest.poll.PollScheduler;
import org.statementmonitor.ingest.poll.SourceLister;
import org.statementmonitor.ingest.publish.StatementPublisher;
import org.statementmonitor.ingest.push.PushEndpoint;
import org.statementmonitor.ingest.seen.SeenState;

/**
 * The ingest service: loads the seen state from Kafka, then polls the configured sources (and the
 * sources file, reloaded when it changes), serves the push endpoint when an API key is set, and
 * produces each new or edited statement once to {@code monitor.statements.raw}. Health checks:
 * {@code ingest} (producer and seen state) and {@code ingest.sources} (each source's status).
 */
public final class IngestService implements MonitorService {

  private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);
  private static final long SOURCES_FILE_CHECK_SECONDS = 5;

  private final ServiceContext context;
  private final IngestConfig config;
  private final AddressGuard guard = new AddressGuard();
  private SeenState seen;
  private StatementPublisher publisher;
  private HttpFetcher fetcher;
  private DocumentExtractor extractor;
  private PollScheduler scheduler;
  private ScheduledExecutorService reloader;
  private SourcesFile sourcesFile;
  private HttpServer pushServer;
  private volatile List<SourceConfig> fileSources = List.of();

  public IngestService(ServiceContext context, IngestConfig config) {
    this.context = context;
    this.config = config;
  }

  @Override
  public String name() {
    return "ingest";
  }

  @Override
  public void start() throws Exception {
    TopicProvisioner.ensure(context.kafka(), List.of(Topics.RAW, Topics.DEAD_LETTERS, SeenState.TOPIC),
        Map.of(SeenState.TOPIC.name(), Map.of("cleanup.policy", "compact,delete",
            "retention.ms", String.valueOf(config.seenRetention().toMillis()))));
    seen = new SeenState(context.kafka());
    seen.load();
    publisher = new StatementPublisher(context.kafka(), config.instanceId(), seen);
    publisher.start();
    fetcher = new HttpFetcher(config, guard);
    extractor = new DocumentExtractor(config.maxTextChars(), config.parseTimeout());
    IngestMetrics metrics = new IngestMetrics(context.registry());
    ItemProcessor processor = new ItemProcessor(fetcher, extractor, seen, publisher, metrics, config.recheckInterval());
    scheduler = new PollScheduler(config, new SourceLister(fetcher, seen, config), processor, publisher, metrics);
    if (config.sourcesFile() != null) {
      sourcesFile = new SourcesFile(resolve(config.sourcesFile()));
      fileSources = sourcesFile.read();
    }
    applySources();
    reloader = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("ingest-reload").factory());
    if (sourcesFile != null) {
      reloader.scheduleWithFixedDelay(this::reloadSourcesFile, SOURCES_FILE_CHECK_SECONDS,
          SOURCES_FILE_CHECK_SECONDS, TimeUnit.SECONDS);
    }
    startPush(processor, metrics);
    registerHealth();
    LOG.info("ingest started: {} sources, {} seen entries, instance {}", scheduler.size(), seen.size(), config.instanceId());
  }

  private Path resolve(String file) {
    Path p = Path.of(file);
    return p.isAbsolute() ? p : p.toAbsolutePath();
  }

  private synchronized void applySources() {
    List<SourceConfig> all = config.mergedWith(fileSources);
    Set<String> hosts = new HashSet<>();
    all.forEach(s -> {
      if (s.host() != null) {
        hosts.add(s.host());
      }
    });
    guard.trust(hosts);
    scheduler.update(all);
  }

  private void reloadSourcesFile() {
    try {
      List<SourceConfig> changed = sourcesFile.readIfChanged();
      if (changed != null) {
        fileSources = changed;
        LOG.info("sources file {} changed: {} sources", sourcesFile.path(), changed.size());
        applySources();
      }
    } catch (ConfigException e) {
      LOG.error("sources file not reloaded, the previous sources stay: {}", e.getMessage());
    }
  }

  private void startPush(ItemProcessor processor, IngestMetrics metrics) throws java.io.IOException {
    if (!config.push().enabled()) {
      return;
    }
    PushEndpoint endpoint = new PushEndpoint(config.push(), processor, metrics);
    if (context.ops() != null) {
      context.ops().route(config.push().path() + "/", endpoint);
      LOG.info("push endpoint on {}{}/statements and /documents", context.ops().url(), config.push().path());
    } else {
      pushServer = HttpServer.create(new InetSocketAddress(config.push().host(), config.push().port()), 64);
      pushServer.createContext(config.push().path() + "/", endpoint);
      pushServer.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
      pushServer.start();
      LOG.info("push endpoint on http://{}:{}{}", config.push().host(), pushPort(), config.push().path());
    }
  }

  /** The port of the push endpoint's own server, or -1 when it runs on the ops server or is off. */
  public int pushPort() {
    return pushServer == null ? -1 : pushServer.getAddress().getPort();
  }

  private void registerHealth() {
    if (context.ops() == null) {
      return;
    }
    context.ops().register("ingest", this::health);
    context.ops().register("ingest.sources", () -> HealthCheck.Status.up(scheduler.report()));
  }

  /** The service's own health: the producer works and the seen state is loaded. */
  public HealthCheck.Status health() {
    String error = publisher == null ? "not started" : publisher.lastError();
    if (error != null) {
      return HealthCheck.Status.down("producing to Kafka fails: " + error);
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("sources", scheduler.size());
    details.put("failingSources", scheduler.failing());
    details.put("seenEntries", seen.size());
    return HealthCheck.Status.up(details);
  }

  /** Each source's status (what {@code ingest.sources} shows). */
  public Map<String, Object> sourceReport() {
    return scheduler.report();
  }

  @Override
  public void close() {
    if (reloader != null) {
      reloader.shutdownNow();
    }
    if (pushServer != null) {
      pushServer.stop(0);
    }
    if (scheduler != null) {
      scheduler.close();
    }
    if (publisher != null) {
      publisher.close();
    }
    if (seen != null) {
      seen.close();
    }
    if (fetcher != null) {
      fetcher.close();
    }
    if (extractor != null) {
      extractor.close();
    }
    LOG.info("ingest stopped");
  }
}
