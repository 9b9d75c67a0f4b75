package org.statementmonitor.ingest.testing;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.statementmonitor.common.config.ElasticsearchSettings;
import org.statementmonitor.common.config.MonitorConfig;
import org.statementmonitor.common.event.DeadLetter;
import org.statementmonitor.common.event.Statement;
import org.statementmonitor.common.ops.Metrics;
import org.statementmonitor.common.ops.OpsServer;
import org.statementmonitor.common.service.ServiceContext;
import org.statementmonitor.common.topic.Topics;
import org.statementmonitor.ingest.IngestService;
import org.statementmonitor.ingest.IngestServiceFactory;
import org.statementmonitor.ingest.seen.StatementIds;
import org.statementmonitor.testkit.kafka.KafkaCluster;

/** Runs the ingest service the way the launcher does, against the test broker, with test-friendly timing. */
public final class IngestFixture implements AutoCloseable {

  /** Settings that keep tests quick: no politeness delay, short intervals and timeouts. */
  public static final String FAST = """
      politenessDelay: 0ms
      defaultInterval: 500ms
      readTimeout: 2s
      totalTimeout: 3s
      retryBaseDelay: 20ms
      maxRetryDelay: 100ms
      maxAttempts: 2
      """;

  private final KafkaCluster kafka;
  private final String yaml;
  private final Path dataDir;
  private PrometheusMeterRegistry registry;
  private OpsServer ops;
  private IngestService service;

  /** {@code ingestYaml} is the body of the ingest section, indented by two spaces. */
  public IngestFixture(KafkaCluster kafka, String ingestYaml, Path dataDir) {
    this.kafka = kafka;
    this.yaml = "ingest:\n" + ingestYaml;
    this.dataDir = dataDir;
  }

  public IngestFixture start() throws Exception {
    registry = Metrics.newRegistry();
    ops = OpsServer.start("127.0.0.1", 0, registry);
    MonitorConfig config = MonitorConfig.parse(yaml, "test", k -> null);
    ServiceContext context = new ServiceContext(config, kafka.settings(),
        new ElasticsearchSettings(null, null, null, null, null), registry, ops, dataDir);
    service = (IngestService) new IngestServiceFactory().create(context);
    service.start();
    return this;
  }

  public IngestService service() {
    return service;
  }

  public OpsServer ops() {
    return ops;
  }

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  /** Stops and starts the service again (a restart of the process). */
  public void restart() throws Exception {
    close();
    start();
  }

  /** The statement id ingest gives a URL. */
  public static String idOf(String url) {
    return StatementIds.idOf(StatementIds.urlKey(url));
  }

  /** Every committed raw statement whose id is one of {@code ids}. */
  public List<Statement> raw(Set<String> ids) {
    return kafka.readAll(Topics.RAW).stream().map(ConsumerRecord::value).filter(s -> ids.contains(s.id()))
        .collect(Collectors.toList());
  }

  /** Every committed raw statement of a source. */
  public List<Statement> rawOf(String sourceName) {
    return kafka.readAll(Topics.RAW).stream().map(ConsumerRecord::value)
        .filter(s -> s.source() != null && s.source().name().equals(sourceName)).collect(Collectors.toList());
  }

  /** Every committed dead letter whose value mentions {@code text}. */
  public List<DeadLetter> deadLetters(String text) {
    return kafka.readAll(Topics.DEAD_LETTERS).stream().map(ConsumerRecord::value)
        .filter(d -> d.value() != null && d.value().contains(text)).collect(Collectors.toList());
  }

  /** The value of a counter summed over tags matching {@code source}. */
  public double count(String meter, String source) {
    return registry.find(meter).tag("source", source).counters().stream().mapToDouble(c -> c.count()).sum();
  }

  @Override
  public void close() {
    if (service != null) {
      service.close();
      service = null;
    }
    if (ops != null) {
      ops.close();
      ops = null;
    }
    if (registry != null) {
      registry.close();
    }
  }
}
