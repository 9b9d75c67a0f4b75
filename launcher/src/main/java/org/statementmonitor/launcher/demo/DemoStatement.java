package org.statementmonitor.launcher.demo;

import java.time.Instant;
import java.util.Objects;

/**
 * One statement of the demo feed: its page is {@code demo/<slug>.html} on the class path.
 *
 * @param slug the page's name, also the last segment of its URL
 * @param title the feed item's title
 * @param published the feed item's publication date
 * @param summary the feed item's description
 */
public record DemoStatement(String slug, String title, Instant published, String summary) {
  public DemoStatement {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    summary = summary == null ? "" : summary;
    if (!slug.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("demo statement slug must be [a-z0-9-]+, was " + slug);
    }
  }
}
