package org.statementmonitor.indexer.client;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.statementmonitor.common.ops.HealthCheck;

/**
 * The {@code elasticsearch} health check: up while cluster health answers and is not red. {@link
 * #refresh()} asks the cluster (the indexer does so every few seconds in the background); {@link
 * #check()} returns the latest answer at once, as health checks must.
 */
public final class ElasticsearchHealth implements HealthCheck {

  private final ElasticsearchClient client;
  private final String url;
  private final AtomicReference<Status> latest = new AtomicReference<>(Status.down("not checked yet"));

  /** A check of the cluster behind {@code client}; {@code url} names it in messages. */
  public ElasticsearchHealth(ElasticsearchClient client, String url) {
    this.client = client;
    this.url = url;
  }

  /** Asks the cluster now and remembers the answer. */
  public Status refresh() {
    Status status;
    try {
      HealthStatus health = ElasticsearchClients.ping(client);
      status = health == HealthStatus.Red
          ? Status.down("Elasticsearch at " + url + " reports cluster status red")
          : Status.up(Map.of("cluster", health.jsonValue(), "url", url));
    } catch (Exception e) {
      status = Status.down("Elasticsearch at " + url + " unreachable: " + e);
    }
    latest.set(status);
    return status;
  }

  @Override
  public Status check() {
    return latest.get();
  }
}
