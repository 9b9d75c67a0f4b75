package org.statementmonitor.indexer.mapping;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes monthly backing indices past the retention horizon: with {@code retentionMonths = 24}, in
 * November 2026 the months up to October 2024 go and November 2024 stays. The current month's index
 * is never deleted. Works on any distribution (no ILM needed); the indexer runs it at start and every
 * few hours.
 */
public final class RetentionJob {

  private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

  private final ElasticsearchClient client;
  private final int retentionMonths;
  private final Clock clock;

  /** A job keeping {@code retentionMonths} months (0 keeps everything). */
  public RetentionJob(ElasticsearchClient client, int retentionMonths, Clock clock) {
    this.client = client;
    this.retentionMonths = retentionMonths;
    this.clock = clock;
  }

  /** Deletes the expired indices; returns their names. */
  public List<String> run() throws IOException {
    if (retentionMonths == 0) {
      return List.of();
    }
    Collection<String> indices = client.indices()
        .get(g -> g.index("statements-*", "alerts-*").allowNoIndices(true).ignoreUnavailable(true))
        .indices().keySet();
    List<String> expired = expired(indices, YearMonth.now(clock.withZone(ZoneOffset.UTC)), retentionMonths);
    for (String index : expired) {
      client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
      LOG.info("deleted index {}: older than the retention of {} months", index, retentionMonths);
    }
    return expired;
  }

  /** The indices among {@code indices} whose month is more than {@code months} months before {@code now}. */
  public static List<String> expired(Collection<String> indices, YearMonth now, int months) {
    List<String> result = new ArrayList<>();
    if (months <= 0) {
      return result;
    }
    YearMonth oldestKept = now.minusMonths(months);
    for (String index : indices) {
      Optional<YearMonth> month = IndexLayout.monthOf(index);
      if (month.isPresent() && month.get().isBefore(oldestKept)) {
        result.add(index);
      }
    }
    result.sort(null);
    return result;
  }
}
