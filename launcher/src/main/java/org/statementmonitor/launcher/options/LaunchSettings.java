package org.statementmonitor.launcher.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.statementmonitor.common.config.ConfigException;
import org.statementmonitor.common.config.ElasticsearchSettings;
import org.statementmonitor.common.config.KafkaSettings;
import org.statementmonitor.common.config.MonitorConfig;

/**
 * What a process runs with, once the configuration file and the command line are merged: the
 * command line wins over the file, the file over the defaults. The merged tree is what services see
 * (its {@code kafka} and {@code elasticsearch} sections agree with {@link #kafka()} and {@link
 * #elasticsearch()}).
 *
 * @param kafkaGiven true when Kafka was named (option or {@code kafka.bootstrapServers}); {@code up}
 *     then starts no local broker
 * @param elasticsearchGiven true when Elasticsearch was named (option or {@code elasticsearch.url});
 *     {@code up} then starts no local node
 */
public record LaunchSettings(
    MonitorConfig config,
    KafkaSettings kafka,
    ElasticsearchSettings elasticsearch,
    OpsSettings ops,
    Path dataDir,
    boolean kafkaGiven,
    boolean elasticsearchGiven) {

  /** Configuration section read by ingest; {@code --feed} appends to its {@code sources} list. */
  public static final String INGEST_SECTION = "ingest";

  public LaunchSettings {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(kafka, "kafka");
    Objects.requireNonNull(elasticsearch, "elasticsearch");
    Objects.requireNonNull(ops, "ops");
    Objects.requireNonNull(dataDir, "dataDir");
  }

  /** Merges the options with the configuration file they name, resolving {@code ${env:..}}. */
  public static LaunchSettings resolve(CommonOptions options) {
    return resolve(options, System::getenv);
  }

  /** Merges the options with the configuration file they name, resolving {@code ${env:..}} with env. */
  public static LaunchSettings resolve(CommonOptions options, Function<String, String> env) {
    MonitorConfig config = options.config() == null
        ? MonitorConfig.empty()
        : MonitorConfig.load(options.config(), env);
    boolean kafkaGiven = options.kafka() != null || hasText(config.raw("kafka").path("bootstrapServers"));
    boolean elasticsearchGiven = options.elasticsearch() != null
        || hasText(config.raw("elasticsearch").path("url"));

    KafkaSettings kafka = config.section("kafka", KafkaSettings.class);
    if (options.kafka() != null) {
      kafka = withBootstrap(kafka, requireText(options.kafka(), "--kafka"));
    }
    ElasticsearchSettings elasticsearch = config.section("elasticsearch", ElasticsearchSettings.class);
    if (options.elasticsearch() != null) {
      elasticsearch = withUrl(elasticsearch, requireText(options.elasticsearch(), "--elasticsearch"));
    }
    OpsSettings ops = config.section("ops", OpsSettings.class);
    if (options.opsPort() != null) {
      ops = new OpsSettings(ops.host(), options.opsPort(), ops.shutdownSeconds());
    }
    List<String> feeds = options.feeds();
    for (int i = 0; i < feeds.size(); i++) {
      config = withFeed(config, "feed-" + (i + 1), requireText(feeds.get(i), "--feed"));
    }
    Path dataDir = options.data().toAbsolutePath().normalize();
    return new LaunchSettings(config.with("kafka", kafka).with("elasticsearch", elasticsearch)
        .with("ops", ops), kafka, elasticsearch, ops, dataDir, kafkaGiven, elasticsearchGiven);
  }

  /** The same settings pointing at another Kafka (a local broker that was just started). */
  public LaunchSettings withKafka(String bootstrap) {
    KafkaSettings moved = withBootstrap(kafka, bootstrap);
    return new LaunchSettings(config.with("kafka", moved), moved, elasticsearch, ops, dataDir,
        kafkaGiven, elasticsearchGiven);
  }

  /** The same settings pointing at another Elasticsearch (a local node that was just started). */
  public LaunchSettings withElasticsearch(String url) {
    ElasticsearchSettings moved = withUrl(elasticsearch, url);
    return new LaunchSettings(config.with("elasticsearch", moved), kafka, moved, ops, dataDir,
        kafkaGiven, elasticsearchGiven);
  }

  /** The same settings with one more feed source for ingest (the demo feed). */
  public LaunchSettings withFeedSource(String name, String url) {
    return new LaunchSettings(withFeed(config, name, url), kafka, elasticsearch, ops, dataDir,
        kafkaGiven, elasticsearchGiven);
  }

  /** The same settings with the ops endpoint on another port. */
  public LaunchSettings withOpsPort(int port) {
    OpsSettings moved = ops.withPort(port);
    return new LaunchSettings(config.with("ops", moved), kafka, elasticsearch, moved, dataDir,
        kafkaGiven, elasticsearchGiven);
  }

  /** The URLs of the sources configured for ingest, in order. */
  public List<String> feedUrls() {
    return config.raw(INGEST_SECTION).path("sources").findValuesAsText("url");
  }

  /**
   * Appends {@code {name, type: feed, url, allowPrivate: true}} to {@code ingest.sources};
   * {@code allowPrivate} because a feed named on the command line may well be on this machine.
   */
  static MonitorConfig withFeed(MonitorConfig config, String name, String url) {
    JsonNode current = config.raw(INGEST_SECTION);
    if (!current.isMissingNode() && !current.isNull() && !current.isObject()) {
      throw new ConfigException("configuration " + config.origin() + ": section 'ingest' must be a mapping");
    }
    ObjectNode ingest = current.isObject() ? ((ObjectNode) current).deepCopy()
        : JsonNodeFactory.instance.objectNode();
    JsonNode sources = ingest.get("sources");
    if (sources != null && !sources.isNull() && !sources.isArray()) {
      throw new ConfigException("configuration " + config.origin() + ": ingest.sources must be a list");
    }
    ArrayNode list = sources == null || sources.isNull() ? ingest.putArray("sources") : (ArrayNode) sources;
    list.addObject().put("name", name).put("type", "feed").put("url", url).put("allowPrivate", true);
    return config.with(INGEST_SECTION, ingest);
  }

  private static KafkaSettings withBootstrap(KafkaSettings k, String bootstrap) {
    return new KafkaSettings(bootstrap, k.securityProtocol(), k.saslMechanism(), k.username(), k.password(),
        k.truststoreLocation(), k.truststorePassword(), k.partitions(), k.replicationFactor());
  }

  private static ElasticsearchSettings withUrl(ElasticsearchSettings e, String url) {
    return new ElasticsearchSettings(url, e.apiKey(), e.username(), e.password(), e.caCertificate());
  }

  private static boolean hasText(JsonNode node) {
    return node.isTextual() && !node.asText().isBlank();
  }

  private static String requireText(String value, String option) {
    if (value.isBlank()) {
      throw new ConfigException(option + " must not be empty");
    }
    return value.strip();
  }
}
