package org.statementmonitor.ingest.config;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * One watched source, as declared in {@code ingest.sources} or the sources file.
 *
 * @param name unique name, used in records, metrics and health
 * @param type feed (RSS/Atom/JSON Feed, detected), sitemap, page or folder
 * @param url what to poll (feed, sitemap or listing page URL); not used by folder
 * @param path the drop folder, for type folder
 * @param selector CSS selector of the statement links on a watched page (default {@code a[href]})
 * @param tags operator's tags (country, outlet kind...), copied into every record
 * @param interval poll interval; the global default when absent
 * @param allowPrivate whether this source may fetch private, loopback or link-local addresses
 */
public record SourceConfig(
    String name,
    String type,
    String url,
    String path,
    String selector,
    List<String> tags,
    @JsonDeserialize(using = DurationText.class) Duration interval,
    Boolean allowPrivate) {

  public SourceConfig {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("every source needs a name (url=" + url + ", path=" + path + ")");
    }
    SourceType kind = SourceType.parse(type);
    type = kind.id();
    if (kind == SourceType.FOLDER) {
      if (path == null || path.isBlank()) {
        throw new IllegalArgumentException("source '" + name + "' of type folder needs a path");
      }
    } else {
      if (url == null || url.isBlank()) {
        throw new IllegalArgumentException("source '" + name + "' of type " + type + " needs a url");
      }
      URI uri;
      try {
        uri = URI.create(url.trim());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("source '" + name + "': url '" + url + "' is not a URL");
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new IllegalArgumentException("source '" + name + "': url '" + url + "' must be http(s)://host/...");
      }
      url = url.trim();
    }
    if (kind == SourceType.PAGE && (selector == null || selector.isBlank())) {
      selector = "a[href]";
    }
    if (interval != null && (interval.isNegative() || interval.isZero())) {
      throw new IllegalArgumentException("source '" + name + "': interval must be positive");
    }
    tags = tags == null ? List.of() : List.copyOf(tags);
    allowPrivate = allowPrivate != null && allowPrivate;
  }

  /** A feed source, as the launcher adds one from the command line. */
  public static SourceConfig feed(String name, String url, boolean allowPrivate) {
    return new SourceConfig(name, "feed", url, null, null, List.of(), null, allowPrivate);
  }

  /** The parsed type. */
  public SourceType kind() {
    return SourceType.parse(type);
  }

  /** The host of {@link #url()}, lower case, or null for a folder. */
  public String host() {
    return url == null ? null : URI.create(url).getHost().toLowerCase(Locale.ROOT);
  }

  /** This source's interval, or {@code fallback} when none is set. */
  public Duration intervalOr(Duration fallback) {
    return interval == null ? fallback : interval;
  }
}
