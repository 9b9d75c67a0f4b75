package org.statementmonitor.ingest.poll;

import java.util.List;
import org.statementmonitor.common.event.Source;
import org.statementmonitor.ingest.config.SourceConfig;

/**
 * What item processing needs to know about where an item came from: the record's {@link Source},
 * whether private addresses may be fetched, and the status to update.
 */
public record SourceContext(String name, String type, List<String> tags, String url, boolean allowPrivate,
    SourceStatus status) {

  /** The context of a configured source. */
  public static SourceContext of(SourceConfig config, SourceStatus status) {
    String location = config.url() != null ? config.url() : "file:" + config.path();
    return new SourceContext(config.name(), config.type(), config.tags(), location, config.allowPrivate(), status);
  }

  /** The source as written into records. */
  public Source source() {
    return new Source(name, type, tags, url);
  }
}
