package org.statementmonitor.common.event;

import java.util.List;
import java.util.Objects;

/**
 * Where a statement was found: the configured source's name, its type (rss, atom, jsonfeed, sitemap,
 * page, folder, push), the operator's tags (country, outlet kind...) and the URL that was polled.
 */
public record Source(String name, String type, List<String> tags, String feedUrl) {
  public Source {
    Objects.requireNonNull(name, "source name");
    Objects.requireNonNull(type, "source type");
    tags = tags == null ? List.of() : List.copyOf(tags);
  }
}
