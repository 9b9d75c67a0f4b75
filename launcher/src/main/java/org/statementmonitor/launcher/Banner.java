package org.statementmonitor.launcher;

import java.io.PrintWriter;
import java.util.List;
import org.statementmonitor.launcher.demo.DemoFeed;
import org.statementmonitor.launcher.local.LocalServers;
import org.statementmonitor.launcher.options.LaunchSettings;
import org.statementmonitor.launcher.run.ServiceCatalog;
import org.statementmonitor.launcher.run.ServiceHost;

/** What {@code monitor up} prints once everything runs: where each part is and how to look. */
final class Banner {

  /** The alias every query and dashboard goes through. */
  static final String SEARCH_ALIAS = "statements";

  private final ServiceCatalog catalog;
  private LocalServers.Running kafka;
  private LocalServers.Running elasticsearch;
  private DemoFeed demoFeed;

  Banner(ServiceCatalog catalog) {
    this.catalog = catalog;
  }

  void localServers(LocalServers.Running localKafka, LocalServers.Running localElasticsearch) {
    this.kafka = localKafka;
    this.elasticsearch = localElasticsearch;
  }

  void demoFeed(DemoFeed feed) {
    this.demoFeed = feed;
  }

  void print(PrintWriter out, LaunchSettings settings, ServiceHost host) {
    out.println();
    out.println("Statement monitor is running.");
    row(out, "Kafka bootstrap", settings.kafka().bootstrapServers()
        + (kafka == null ? " (existing cluster)" : " (local broker, data in " + kafka.dataDir() + ")"));
    row(out, "Elasticsearch", settings.elasticsearch().url()
        + (elasticsearch == null ? " (existing cluster)" : " (local node, data in " + elasticsearch.dataDir() + ")"));
    row(out, "Metrics", host.ops().url() + "/metrics");
    row(out, "Health", host.ops().url() + "/health");
    row(out, "Services", join(host.serviceNames()));
    List<String> missing = catalog.missing();
    if (!missing.isEmpty()) {
      row(out, "Missing services", join(missing) + " (not part of this build yet)");
    }
    for (String broken : catalog.broken()) {
      row(out, "Broken service", broken);
    }
    if (demoFeed != null) {
      row(out, "Demo feed", demoFeed.feedUrl() + " (" + demoFeed.statements().size() + " statements)");
    }
    row(out, "Feeds watched", join(settings.feedUrls()));
    row(out, "Search alias", SEARCH_ALIAS);
    out.println();
    out.println("Search the statements (give the pipeline a minute):");
    out.println("  curl -s '" + settings.elasticsearch().url() + "/" + SEARCH_ALIAS
        + "/_search?q=wetlands&pretty'");
    out.println();
    out.println("Press Ctrl-C to stop.");
    out.flush();
  }

  private static void row(PrintWriter out, String label, String value) {
    out.printf("  %-17s %s%n", label, value);
  }

  private static String join(List<String> values) {
    return values.isEmpty() ? "(none)" : String.join(", ", values);
  }
}
