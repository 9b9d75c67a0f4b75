package org.statementmonitor.indexer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.common.event.DeadLetter;
import org.statementmonitor.common.ops.HealthCheck;
import org.statementmonitor.common.service.MonitorService;
import org.statementmonitor.common.service.ServiceContext;
import org.statementmonitor.common.topic.TopicProvisioner;
import org.statementmonitor.common.topic.Topics;
import org.statementmonitor.indexer.bulk.BulkIndexer;
import org.statementmonitor.indexer.bulk.Settlement;
import org.statementmonitor.indexer.client.ElasticsearchClients;
import org.statementmonitor.indexer.client.ElasticsearchHealth;
import org.statementmonitor.indexer.decode.RecordDecoder;
import org.statementmonitor.indexer.mapping.IndexTemplates;
import org.statementmonitor.indexer.mapping.RetentionJob;
import org.statementmonitor.indexer.pickup.PickupSummarizer;
import org.statementmonitor.indexer.pickup.PickupWorker;

/**
 * The indexer service: installs the index templates, then consumes the enriched and alerts topics (its
 * own consumer group, manual commits, read_committed) and bulk-indexes them into the monthly indices
 * behind the {@code statements} and {@code alerts} aliases. Registers the health checks {@code
 * elasticsearch} (cluster reachable) and {@code indexer} (consumer thread alive).
 */
public final class IndexerService implements MonitorService {

  private static final Logger LOG = LoggerFactory.getLogger(IndexerService.class);
  private static final long PING_SECONDS = 5;
  private static final long RETENTION_HOURS = 6;
  private static final long STARTUP_WAIT_SECONDS = 120;

  private final ServiceContext context;
  private final IndexerConfig config;
  private final Clock clock;
  private ElasticsearchHealth elasticsearchHealth;
  private ElasticsearchClient client;
  private KafkaConsumer<byte[], byte[]> consumer;
  private KafkaProducer<String, DeadLetter> producer;
  private KafkaClientMetrics consumerMetrics;
  private KafkaClientMetrics producerMetrics;
  private BulkIndexer bulk;
  private PickupWorker pickups;
  private IndexingLoop loop;
  private Thread thread;
  private ScheduledExecutorService housekeeping;

  /** A service reading its settings from the context. */
  public IndexerService(ServiceContext context, IndexerConfig config, Clock clock) {
    this.context = context;
    this.config = config;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "indexer";
  }

  @Override
  public void start() throws Exception {
    TopicProvisioner.ensure(context.kafka(),
        List.of(Topics.ENRICHED, Topics.ALERTS, Topics.DEAD_LETTERS));
    client = ElasticsearchClients.create(context.elasticsearch());
    elasticsearchHealth = new ElasticsearchHealth(client, context.elasticsearch().url());
    installTemplates();
    IndexerMetrics metrics = new IndexerMetrics(context.registry());
    ConcurrentLinkedQueue<Settlement> settlements = new ConcurrentLinkedQueue<>();
    bulk = new BulkIndexer(ElasticsearchClients.async(client), config, settlements::add, context.registry());
    pickups = new PickupWorker(new PickupSummarizer(client), settlements::add, config.pickupIntervalMs());
    consumer = new KafkaConsumer<>(consumerProperties(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    producer = new KafkaProducer<>(producerProperties(), new StringSerializer(),
        Topics.DEAD_LETTERS.valueSerde().serializer());
    consumerMetrics = new KafkaClientMetrics(consumer);
    consumerMetrics.bindTo(context.registry());
    producerMetrics = new KafkaClientMetrics(producer);
    producerMetrics.bindTo(context.registry());
    RecordDecoder decoder = new RecordDecoder(config.maxRecordBytes(), config.maxTextChars(),
        config.maxEntityMentions(), clock);
    loop = new IndexingLoop(consumer, producer, decoder, bulk, pickups, settlements, config, metrics);
    metrics.gauges(loop::pending, bulk::inFlightRequests, () -> loop.paused() ? 1 : 0);
    metrics.pickupRefreshes(pickups, PickupWorker::refreshes);
    loop.subscribe();
    thread = new Thread(loop, "indexer-consumer");
    thread.start();
    housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "indexer-housekeeping");
      t.setDaemon(true);
      return t;
    });
    housekeeping.scheduleWithFixedDelay(elasticsearchHealth::refresh, 0, PING_SECONDS, TimeUnit.SECONDS);
    RetentionJob retention = new RetentionJob(client, config.retentionMonths(), clock);
    housekeeping.scheduleWithFixedDelay(() -> runRetention(retention), 0, RETENTION_HOURS, TimeUnit.HOURS);
    if (context.ops() != null) {
      context.ops().register("elasticsearch", elasticsearchHealth);
      context.ops().register("indexer", this::loopHealth);
    }
    LOG.info("indexer consuming {} as group {} into Elasticsearch at {}", String.join(" and ", config.topics()),
        config.groupId(), context.elasticsearch().url());
  }

  /**
   * Installs the templates, waiting for Elasticsearch to come up (as under docker-compose, where the
   * indexer may start first) for at most {@link #STARTUP_WAIT_SECONDS}.
   */
  private void installTemplates() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STARTUP_WAIT_SECONDS);
    long delayMs = 500;
    while (true) {
      try {
        IndexTemplates.install(client, config.replicas(), config.refreshInterval(), clock.instant());
        return;
      } catch (java.io.IOException e) {
        if (System.nanoTime() - deadline > 0) {
          throw new IllegalStateException("Elasticsearch at " + context.elasticsearch().url()
              + " unreachable for " + STARTUP_WAIT_SECONDS + " s; cannot install index templates: " + e, e);
        }
        LOG.info("waiting for Elasticsearch at {}: {}", context.elasticsearch().url(), e.toString());
        Thread.sleep(delayMs);
        delayMs = Math.min(delayMs * 2, 5000);
      }
    }
  }

  /** The {@code elasticsearch} health check. */
  public ElasticsearchHealth elasticsearchHealth() {
    return elasticsearchHealth;
  }

  /** The {@code indexer} health check's current answer. */
  public HealthCheck.Status indexerHealth() {
    return loopHealth();
  }

  private HealthCheck.Status loopHealth() {
    if (thread == null || !thread.isAlive()) {
      return HealthCheck.Status.down("consumer thread not running");
    }
    return HealthCheck.Status.up(Map.of("pending", loop.pending(), "paused", loop.paused()));
  }

  private void runRetention(RetentionJob retention) {
    try {
      retention.run();
    } catch (Exception e) {
      LOG.warn("retention job failed, will run again in {} hours: {}", RETENTION_HOURS, e.toString());
    }
  }

  private Properties consumerProperties() {
    Properties p = context.kafka().clientProperties();
    p.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, "monitor-indexer");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Math.min(1000, config.maxPendingRecords()));
    return p;
  }

  private Properties producerProperties() {
    Properties p = context.kafka().clientProperties();
    p.put(ProducerConfig.CLIENT_ID_CONFIG, "monitor-indexer-deadletters");
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
    return p;
  }

  @Override
  public void close() {
    if (loop != null) {
      loop.stop();
    }
    try {
      if (thread != null) {
        thread.join(TimeUnit.SECONDS.toMillis(40));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (housekeeping != null) {
      housekeeping.shutdownNow();
    }
    if (pickups != null) {
      pickups.close();
    }
    if (producer != null) {
      producer.close(java.time.Duration.ofSeconds(5));
    }
    if (consumerMetrics != null) {
      consumerMetrics.close();
    }
    if (producerMetrics != null) {
      producerMetrics.close();
    }
    ElasticsearchClients.close(client);
    LOG.info("indexer stopped");
  }
}
