package org.statementmonitor.launcher.options;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options every running command shares ({@code up} and each service alone), mixed into them
 * with picocli's {@code @Mixin}. Values given here override the configuration file; see {@link
 * LaunchSettings#resolve}.
 */
public final class CommonOptions {

  @Option(names = "--config", paramLabel = "FILE",
      description = "YAML configuration (sections kafka, elasticsearch, ingest, enrich, indexer, alerts, ops).")
  Path config;

  @Option(names = "--kafka", paramLabel = "BOOTSTRAP",
      description = "Kafka bootstrap servers of an existing cluster (host:port[,host:port]).")
  String kafka;

  @Option(names = "--elasticsearch", paramLabel = "URL",
      description = "Elasticsearch URL of an existing cluster, for example http://localhost:9200.")
  String elasticsearch;

  @Option(names = "--feed", paramLabel = "URL",
      description = "An RSS/Atom/JSON feed to watch; repeat for more. Added to ingest.sources.")
  List<String> feeds = new ArrayList<>();

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "./data",
      description = "Where local state lives (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("./data");

  @Option(names = "--ops-port", paramLabel = "PORT",
      description = "Port of the /metrics and /health endpoint (default 9400; 0 picks a free one).")
  Integer opsPort;

  /** Options as given on the command line (for tests and programmatic use). */
  public static CommonOptions of(Path config, String kafka, String elasticsearch, List<String> feeds,
      Path data, Integer opsPort) {
    CommonOptions options = new CommonOptions();
    options.config = config;
    options.kafka = kafka;
    options.elasticsearch = elasticsearch;
    options.feeds = feeds == null ? new ArrayList<>() : new ArrayList<>(feeds);
    options.data = data == null ? Path.of("./data") : data;
    options.opsPort = opsPort;
    return options;
  }

  public Path config() {
    return config;
  }

  public String kafka() {
    return kafka;
  }

  public String elasticsearch() {
    return elasticsearch;
  }

  public List<String> feeds() {
    return List.copyOf(feeds);
  }

  public Path data() {
    return data;
  }

  public Integer opsPort() {
    return opsPort;
  }
}
