package org.statementmonitor.ingest.poll;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.statementmonitor.ingest.config.IngestConfig;
import org.statementmonitor.ingest.config.SourceConfig;
import org.statementmonitor.ingest.extract.HtmlExtractor;
import org.statementmonitor.ingest.extract.TextDecoding;
import org.statementmonitor.ingest.fetch.FetchException;
import org.statementmonitor.ingest.fetch.FetchResponse;
import org.statementmonitor.ingest.fetch.HttpFetcher;
import org.statementmonitor.ingest.seen.SeenEntry;
import org.statementmonitor.ingest.seen.SeenState;
import org.statementmonitor.ingest.source.FeedReader;
import org.statementmonitor.ingest.source.SitemapReader;
import org.statementmonitor.ingest.source.SourceFormatException;
import org.statementmonitor.ingest.source.SourceItem;

/**
 * Lists the current entries of a source: a feed's items, a sitemap's URLs modified since the last
 * visit (the lookback window on the first visit), the links a watched page's CSS selector matches,
 * or the files of a drop folder. The source document itself is fetched conditionally, so an unchanged
 * feed costs a 304.
 */
public final class SourceLister {

  private static final int MAX_CHILD_SITEMAPS = 20;
  private static final Duration FILE_QUIET = Duration.ofSeconds(1);

  private final HttpFetcher fetcher;
  private final SeenState seen;
  private final IngestConfig config;
  private final FeedReader feeds = new FeedReader();
  private final SitemapReader sitemaps = new SitemapReader();
  private final Map<String, String[]> validators = new ConcurrentHashMap<>();
  /** The last listing of each feed and page, reused when the server answers 304 Not Modified. */
  private final Map<String, List<SourceItem>> lastListing = new ConcurrentHashMap<>();
  /** The child sitemaps of each sitemap index read. */
  private final Map<String, List<String>> indexChildren = new ConcurrentHashMap<>();

  public SourceLister(HttpFetcher fetcher, SeenState seen, IngestConfig config) {
    this.fetcher = fetcher;
    this.seen = seen;
    this.config = config;
  }

  /** Forgets what was kept of a removed source. */
  void forget(String sourceName) {
    lastListing.remove(sourceName);
  }

  /** The source's entries now (a feed or page that answers 304 gives its last listing again). */
  List<SourceItem> list(SourceConfig source) throws FetchException, SourceFormatException, IOException,
      InterruptedException {
    return switch (source.kind()) {
      case FEED -> feed(source);
      case SITEMAP -> sitemap(source);
      case PAGE -> page(source);
      case FOLDER -> folder(source);
      case PUSH -> List.of();
    };
  }

  private List<SourceItem> feed(SourceConfig source) throws FetchException, SourceFormatException, InterruptedException {
    FetchResponse r = fetchConditionally(source, source.url(),
        "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.8");
    if (r == null) {
      return lastListing.getOrDefault(source.name(), List.of());
    }
    List<SourceItem> items = feeds.read(r.body(), r.declaredCharset(), r.uri().toString());
    lastListing.put(source.name(), items);
    rememberValidators(source.url(), r);
    return items;
  }

  private List<SourceItem> sitemap(SourceConfig source) throws FetchException, SourceFormatException, InterruptedException {
    SeenEntry visit = seen.get(SeenEntry.sourceMarker(source.name()));
    Instant since = visit != null && visit.seenAt() != null ? visit.seenAt().minus(Duration.ofMinutes(5))
        : Instant.now().minus(config.sitemapLookback());
    List<SourceItem> found = new ArrayList<>();
    List<String> queue = new ArrayList<>(List.of(source.url()));
    for (int i = 0; i < queue.size() && i <= MAX_CHILD_SITEMAPS; i++) {
      FetchResponse r = fetchConditionally(source, queue.get(i), "application/xml, text/xml, */*;q=0.8");
      if (r == null) {
        queue.addAll(indexChildren.getOrDefault(queue.get(i), List.of())); // an unchanged index, children may have changed
        continue;
      }
      SitemapReader.Result result = sitemaps.read(r.body(), r.contentType(), r.uri().toString());
      rememberValidators(queue.get(i), r);
      if (!result.children().isEmpty()) {
        indexChildren.put(queue.get(i), result.children());
      }
      queue.addAll(result.children());
      for (SourceItem item : result.items()) {
        if (item.updated() == null || item.updated().isAfter(since)) {
          found.add(item);
        }
      }
    }
    return found;
  }

  private List<SourceItem> page(SourceConfig source) throws FetchException, InterruptedException {
    FetchResponse r = fetchConditionally(source, source.url(), "text/html, application/xhtml+xml, */*;q=0.8");
    if (r == null) {
      return lastListing.getOrDefault(source.name(), List.of());
    }
    String html = TextDecoding.decode(r.body(), r.declaredCharset(), true);
    List<SourceItem> items = new ArrayList<>();
    for (String link : HtmlExtractor.links(html, r.uri().toString(), source.selector())) {
      if (!link.equals(r.uri().toString())) {
        items.add(SourceItem.link(link, null));
      }
    }
    lastListing.put(source.name(), items);
    rememberValidators(source.url(), r);
    return items;
  }

  private List<SourceItem> folder(SourceConfig source) throws IOException {
    Path dir = Path.of(source.path());
    if (!Files.isDirectory(dir)) {
      throw new IOException("drop folder " + dir.toAbsolutePath() + " does not exist or is no directory");
    }
    List<SourceItem> items = new ArrayList<>();
    Instant quietSince = Instant.now().minus(FILE_QUIET);
    try (Stream<Path> files = Files.walk(dir, 4)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (!Files.isRegularFile(file) || isPartial(file)) {
          continue;
        }
        Instant modified = Files.getLastModifiedTime(file).toInstant();
        if (modified.isAfter(quietSince) || Files.size(file) > config.maxBodyBytes()) {
          continue; // still being written, or too large to take
        }
        String relative = dir.relativize(file).toString().replace('\\', '/');
        items.add(new SourceItem(null, relative, null, List.of(), null, modified, null, null,
            Files.probeContentType(file), file));
        if (items.size() >= config.maxItemsPerPoll()) {
          break;
        }
      }
    }
    return items;
  }

  private static boolean isPartial(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.startsWith(".") || name.endsWith(".part") || name.endsWith(".tmp") || name.endsWith(".crdownload")
        || name.endsWith("~");
  }

  /** Fetches a source document with its last validators; null when it has not changed. */
  private FetchResponse fetchConditionally(SourceConfig source, String url, String accept)
      throws FetchException, InterruptedException {
    String[] v = validators.get(url);
    HttpFetcher.Options options = HttpFetcher.Options.of(source.allowPrivate()).withAccept(accept);
    if (v != null) {
      options = options.withValidators(v[0], v[1]);
    }
    FetchResponse r = fetcher.fetch(URI.create(url), options);
    return r.notModified() ? null : r;
  }

  /** Keeps a document's validators once it was read successfully (a broken one is fetched again). */
  private void rememberValidators(String url, FetchResponse r) {
    if (r.etag() != null || r.lastModified() != null) {
      if (validators.size() > 10_000) {
        validators.clear();
      }
      validators.put(url, new String[] {r.etag(), r.lastModified()});
    }
  }
}
