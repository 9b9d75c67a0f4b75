package org.statementmonitor.ingest.source;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;

/**
 * Reads XML sitemaps, news sitemaps (with their publication date and title) and sitemap indexes
 * (crawler-commons, non-strict so that URLs on other hosts of the same site are kept). An index yields
 * its child sitemaps as {@link Result#children()}, to be fetched in turn.
 */
public final class SitemapReader {

  /** URLs found, newest first, and child sitemaps of an index. */
  public record Result(List<SourceItem> items, List<String> children) {}

  /** Parses sitemap bytes fetched from {@code url}. */
  public Result read(byte[] bytes, String contentType, String url) throws SourceFormatException {
    SiteMapParser parser = new SiteMapParser(false);
    parser.enableExtension(Extension.NEWS);
    AbstractSiteMap map;
    try {
      map = parser.parseSiteMap(contentType == null ? "text/xml" : contentType, bytes, new URL(url));
    } catch (UnknownFormatException | IOException | RuntimeException e) {
      throw new SourceFormatException("not a readable sitemap: " + e.getMessage(), e);
    }
    List<SourceItem> items = new ArrayList<>();
    List<String> children = new ArrayList<>();
    if (map instanceof SiteMapIndex index) {
      for (AbstractSiteMap child : index.getSitemaps()) {
        children.add(child.getUrl().toString());
      }
    } else if (map instanceof SiteMap sitemap) {
      for (SiteMapURL u : sitemap.getSiteMapUrls()) {
        items.add(toItem(u));
      }
    }
    items.sort(Comparator.comparing((SourceItem i) -> i.updated() == null ? Instant.EPOCH : i.updated()).reversed());
    return new Result(items, children);
  }

  private static SourceItem toItem(SiteMapURL u) {
    Instant modified = u.getLastModified() == null ? null : u.getLastModified().toInstant();
    String title = null;
    Instant published = null;
    ExtensionMetadata[] news = u.getAttributesForExtension(Extension.NEWS);
    if (news != null) {
      for (ExtensionMetadata m : news) {
        if (m instanceof NewsAttributes n) {
          title = n.getTitle();
          published = n.getPublicationDate() == null ? null : n.getPublicationDate().toInstant();
        }
      }
    }
    Instant updated = modified != null ? modified : published;
    String link = URI.create(u.getUrl().toString()).toString();
    return new SourceItem(link, null, title, List.of(), published, updated, null, null, null, null);
  }
}
