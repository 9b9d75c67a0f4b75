package org.statementmonitor.alerts;

import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.alerts.api.RulesApi;
import org.statementmonitor.alerts.decide.AlertTopology;
import org.statementmonitor.alerts.delivery.AlertDelivery;
import org.statementmonitor.alerts.delivery.Channel;
import org.statementmonitor.alerts.delivery.ChannelSettings;
import org.statementmonitor.alerts.delivery.ChannelWorker;
import org.statementmonitor.alerts.delivery.EmailChannel;
import org.statementmonitor.alerts.delivery.KafkaDeliveryLog;
import org.statementmonitor.alerts.delivery.WebhookChannel;
import org.statementmonitor.alerts.query.QueryCompiler;
import org.statementmonitor.alerts.rules.Durations;
import org.statementmonitor.alerts.rules.RuleBook;
import org.statementmonitor.alerts.rules.RuleParser;
import org.statementmonitor.alerts.rules.RuleWatcher;
import org.statementmonitor.common.event.DeadLetter;
import org.statementmonitor.common.ops.HealthCheck;
import org.statementmonitor.common.service.MonitorService;
import org.statementmonitor.common.service.ServiceContext;
import org.statementmonitor.common.topic.Topic;
import org.statementmonitor.common.topic.TopicProvisioner;
import org.statementmonitor.common.topic.Topics;

/**
 * The alerts service: the decision topology (Kafka Streams, exactly_once_v2) from enriched
 * statements to the alerts topic, the delivery consumer from the alerts topic to the channels, the
 * rules watcher, the rules API, health checks and meters. Built by {@link AlertsServiceFactory}; the
 * launcher owns its lifecycle.
 */
public final class AlertsService implements MonitorService {

  private static final Logger LOG = LoggerFactory.getLogger(AlertsService.class);

  private final ServiceContext context;
  private final AlertsConfig config;
  private final AlertMetrics metrics;
  private RuleBook book;
  private RuleWatcher watcher;
  private KafkaStreams streams;
  private KafkaStreamsMetrics streamsMetrics;
  private KafkaProducer<String, DeadLetter> deadLetterProducer;
  private KafkaDeliveryLog deliveryLog;
  private final Map<String, ChannelWorker> workers = new LinkedHashMap<>();
  private AlertDelivery delivery;

  public AlertsService(ServiceContext context) {
    this.context = context;
    this.config = context.config().section("alerts", AlertsConfig.class);
    this.metrics = new AlertMetrics(context.registry());
  }

  @Override
  public String name() {
    return "alerts";
  }

  /** Whether the decision part is processing (not starting, rebalancing or stopped). */
  public boolean isProcessing() {
    return streams != null && streams.state() == KafkaStreams.State.RUNNING;
  }

  /** The rules in force (for tests and the launcher). */
  public RuleBook rules() {
    return book;
  }

  @Override
  public void start() throws Exception {
    List<Topic<?, ?>> topics = List.of(Topics.ENRICHED, Topics.ALERTS, Topics.DEAD_LETTERS, KafkaDeliveryLog.TOPIC);
    TopicProvisioner.ensure(context.kafka(), topics, Map.of(KafkaDeliveryLog.TOPIC_NAME, KafkaDeliveryLog.TOPIC_CONFIG));
    RuleParser parser = new RuleParser(QueryCompiler.withDefaults());
    Path rulesPath = config.rulesPath(context.dataDir());
    book = RuleBook.create();
    watcher = RuleWatcher.start(rulesPath, parser, book);
    metrics.rulesGauge("loaded", () -> book.current().rules().size());
    metrics.rulesGauge("refused", () -> book.current().refused().size());
    metrics.rulesGauge("broad", () -> book.current().broad().size());
    startDecisions();
    startDelivery();
    if (context.ops() != null) {
      context.ops().register("alerts.decide", this::decisionHealth);
      context.ops().register("alerts.rules", this::rulesHealth);
      workers.forEach((name, worker) -> context.ops().register("alerts.channel." + name, worker::health));
      try {
        context.ops().route(RulesApi.PATH, new RulesApi(config.api().key(), config.api().maxBodyBytes(), rulesPath,
            parser, book, watcher::reload));
      } catch (IllegalArgumentException e) {
        LOG.warn("the ops server already has a {} route (an earlier alerts service in this process); the rules API"
            + " stays with it", RulesApi.PATH);
      }
    }
    LOG.info("alerts service started: rules from {}, {} channels, rules API {}", rulesPath, workers.size(),
        config.api().key() == null ? "off" : "on");
  }

  private void startDecisions() throws Exception {
    Properties p = context.kafka().clientProperties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, config.applicationId());
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.streamThreads());
    Path stateDir = context.dataDir().resolve("alerts").resolve("streams");
    Files.createDirectories(stateDir);
    p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
    p.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
    p.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 5);
    streams = new KafkaStreams(AlertTopology.build(book, metrics, config.retention()), p);
    streams.setUncaughtExceptionHandler(e -> {
      LOG.error("alerts stream thread failed; replacing it", e);
      return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
    });
    streamsMetrics = new KafkaStreamsMetrics(streams);
    streamsMetrics.bindTo(context.registry());
    streams.start();
  }

  private void startDelivery() {
    Properties p = context.kafka().clientProperties();
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.CLIENT_ID_CONFIG, "monitor-alerts-deadletters");
    deadLetterProducer = new KafkaProducer<>(p, Topics.DEAD_LETTERS.keySerde().serializer(),
        Topics.DEAD_LETTERS.valueSerde().serializer());
    deliveryLog = KafkaDeliveryLog.open(context.kafka());
    config.channels().forEach((name, settings) -> workers.put(name, new ChannelWorker(channel(name, settings),
        deliveryLog, config.delivery().policy(), (key, letter) -> {
          deadLetterProducer.send(new ProducerRecord<>(Topics.DEAD_LETTERS.name(), key, letter));
          metrics.deadLettered();
        }, metrics)));
    delivery = new AlertDelivery(context.kafka(), config.delivery().groupId(), book, workers,
        (key, letter) -> deadLetterProducer.send(new ProducerRecord<>(Topics.DEAD_LETTERS.name(), key, letter)),
        metrics);
    delivery.start();
  }

  static Channel channel(String name, ChannelSettings settings) {
    var timeout = Durations.parse(settings.timeout());
    return switch (settings.type()) {
      case "webhook" -> new WebhookChannel(name, URI.create(settings.url()), settings.headers(), timeout);
      default -> new EmailChannel(name, settings, timeout);
    };
  }

  private HealthCheck.Status decisionHealth() {
    KafkaStreams.State state = streams == null ? KafkaStreams.State.NOT_RUNNING : streams.state();
    boolean up = state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
    return new HealthCheck.Status(up, Map.of("state", state.name(), "pendingDeliveries",
        delivery == null ? 0 : delivery.pending()));
  }

  private HealthCheck.Status rulesHealth() {
    var set = book.current();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("loaded", set.rules().size());
    details.put("refused", set.refused().stream().map(Object::toString).toList());
    details.put("matchingEverything", set.broad().stream().sorted().toList());
    details.put("reloaded", set.loaded().toString());
    return HealthCheck.Status.up(details);
  }

  @Override
  public void close() {
    closeQuietly(watcher);
    closeQuietly(delivery);
    workers.values().forEach(AlertsService::closeQuietly);
    if (streams != null) {
      // leave the group so a restarted instance gets its tasks at once, not after the session timeout
      streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
          .withTimeout(java.time.Duration.ofSeconds(10)));
    }
    closeQuietly(streamsMetrics);
    closeQuietly(deliveryLog);
    if (deadLetterProducer != null) {
      deadLetterProducer.close(java.time.Duration.ofSeconds(5));
    }
    closeQuietly(book);
    LOG.info("alerts service stopped");
  }

  private static void closeQuietly(AutoCloseable c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (Exception e) {
      LOG.warn("closing {} failed: {}", c.getClass().getSimpleName(), e.toString());
    }
  }
}
