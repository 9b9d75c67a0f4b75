package org.statementmonitor.ingest.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jsoup.Jsoup;
import org.statementmonitor.common.json.Json;
import org.statementmonitor.ingest.extract.Dates;
import org.statementmonitor.ingest.extract.TextDecoding;

/**
 * Reads a feed whatever its format: RSS 0.9x, 1.0 and 2.0 and Atom 1.0 through ROME, JSON Feed 1.x
 * through Jackson (detected by its first character). The charset is chosen by {@link TextDecoding}
 * (byte-order mark, declaration when it fits the bytes, UTF-8, detection), so a feed that lies about
 * its encoding is still read. DOCTYPEs are refused (XML entity expansion attacks).
 */
public final class FeedReader {

  /**
   * Parses a feed.
   *
   * @param declared the HTTP Content-Type's charset, or null
   * @param base the feed URL, to resolve relative links
   * @throws SourceFormatException when the bytes are no feed
   */
  public List<SourceItem> read(byte[] bytes, Charset declared, String base) throws SourceFormatException {
    String text = TextDecoding.decode(bytes, declared, true).stripLeading();
    if (text.startsWith("{")) {
      return readJsonFeed(text, base);
    }
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      SyndFeed feed = input.build(new StringReader(stripXmlDeclaration(text)));
      List<SourceItem> items = new ArrayList<>();
      for (SyndEntry entry : feed.getEntries()) {
        items.add(toItem(entry, base));
      }
      return items;
    } catch (FeedException | IllegalArgumentException e) {
      throw new SourceFormatException("not a readable RSS, Atom or JSON feed: " + e.getMessage(), e);
    }
  }

  /** The declaration names the bytes' encoding, which no longer applies to the decoded text. */
  private static String stripXmlDeclaration(String text) {
    if (text.startsWith("<?xml")) {
      int end = text.indexOf("?>");
      if (end > 0) {
        return text.substring(end + 2);
      }
    }
    return text;
  }

  private static SourceItem toItem(SyndEntry entry, String base) {
    String link = entry.getLink();
    if (link == null || link.isBlank()) {
      for (SyndLink l : entry.getLinks()) {
        if (l.getRel() == null || l.getRel().equals("alternate")) {
          link = l.getHref();
          break;
        }
      }
    }
    String guid = entry.getUri();
    if ((link == null || link.isBlank()) && guid != null && guid.startsWith("http")) {
      link = guid;
    }
    List<String> authors = new ArrayList<>();
    for (SyndPerson p : entry.getAuthors()) {
      if (p.getName() != null && !p.getName().isBlank()) {
        authors.add(p.getName().trim());
      }
    }
    if (authors.isEmpty() && entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
      authors.add(entry.getAuthor().trim());
    }
    String summary = null;
    for (SyndContent c : entry.getContents()) {
      if (c.getValue() != null && !c.getValue().isBlank()) {
        summary = c.getValue();
        break;
      }
    }
    if (summary == null && entry.getDescription() != null) {
      summary = entry.getDescription().getValue();
    }
    return new SourceItem(resolve(base, link), blankToNull(guid), clean(entry.getTitle()), authors,
        instant(entry.getPublishedDate()), instant(entry.getUpdatedDate()), plain(summary), null, null, null);
  }

  private List<SourceItem> readJsonFeed(String text, String base) throws SourceFormatException {
    JsonNode root;
    try {
      root = Json.mapper().readTree(text);
    } catch (IOException e) {
      throw new SourceFormatException("not a readable JSON Feed: " + e.getMessage(), e);
    }
    if (root == null || !root.path("items").isArray()) {
      throw new SourceFormatException("not a readable JSON Feed: no items array", null);
    }
    List<SourceItem> items = new ArrayList<>();
    for (JsonNode item : root.get("items")) {
      String link = first(item.path("url").asText(null), item.path("external_url").asText(null));
      List<String> authors = new ArrayList<>();
      JsonNode list = item.has("authors") ? item.get("authors") : root.path("authors");
      if (list.isArray()) {
        list.forEach(a -> addName(authors, a));
      }
      if (authors.isEmpty()) {
        addName(authors, item.path("author"));
      }
      String summary = first(item.path("content_text").asText(null), plain(item.path("content_html").asText(null)),
          item.path("summary").asText(null));
      items.add(new SourceItem(resolve(base, link), blankToNull(item.path("id").asText(null)),
          clean(item.path("title").asText(null)), authors, Dates.parse(item.path("date_published").asText(null)),
          Dates.parse(item.path("date_modified").asText(null)), summary, null, null, null));
    }
    return items;
  }

  private static void addName(List<String> authors, JsonNode a) {
    String name = a.path("name").asText(null);
    if (name != null && !name.isBlank()) {
      authors.add(name.trim());
    }
  }

  static String resolve(String base, String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    try {
      URI resolved = base == null ? URI.create(link.trim()) : URI.create(base).resolve(link.trim().replace(" ", "%20"));
      String scheme = resolved.getScheme();
      return scheme != null && (scheme.equals("http") || scheme.equals("https")) ? resolved.toString() : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private static String plain(String html) {
    if (html == null || html.isBlank()) {
      return null;
    }
    return html.contains("<") ? Jsoup.parse(html).wholeText().strip() : html.strip();
  }

  private static String clean(String title) {
    return title == null || title.isBlank() ? null : Jsoup.parse(title).text().strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
