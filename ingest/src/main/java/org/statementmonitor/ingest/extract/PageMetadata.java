package org.statementmonitor.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.statementmonitor.common.json.Json;

/**
 * A page's own metadata, from the most to the least specific source: JSON-LD (NewsArticle, Article,
 * Report...), Open Graph / article meta tags, Dublin Core and other meta tags, {@code <time
 * datetime>}, {@code rel=author}, {@code <h1>} and {@code <title>}.
 */
record PageMetadata(String title, List<String> authors, Instant published, String canonicalUrl,
    String description, String siteName, String language) {

  static PageMetadata of(Document doc) {
    JsonNode ld = jsonLdArticle(doc);
    String title = first(text(ld, "headline"), meta(doc, "og:title"), meta(doc, "twitter:title"),
        meta(doc, "dc.title"), textOf(doc.selectFirst("article h1, main h1, h1")), doc.title());
    List<String> authors = new ArrayList<>(ldAuthors(ld));
    if (authors.isEmpty()) {
      for (String key : List.of("author", "article:author", "dc.creator", "citation_author", "byl")) {
        String a = meta(doc, key);
        if (a != null && !a.startsWith("http")) {
          authors.add(a.replaceFirst("(?i)^by\\s+", ""));
          break;
        }
      }
    }
    if (authors.isEmpty()) {
      Element rel = doc.selectFirst("[rel=author], [itemprop=author]");
      if (rel != null && !rel.text().isBlank()) {
        authors.add(rel.text().replaceFirst("(?i)^by\\s+", "").trim());
      }
    }
    Instant published = Dates.parse(first(text(ld, "datePublished"), meta(doc, "article:published_time"),
        meta(doc, "og:published_time"), meta(doc, "datepublished"), meta(doc, "publish-date"),
        meta(doc, "pubdate"), meta(doc, "date"), meta(doc, "dc.date.issued"), meta(doc, "dc.date"),
        meta(doc, "dcterms.created"), meta(doc, "citation_publication_date"), timeElement(doc)));
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    String canonicalUrl = canonical == null ? null : canonical.absUrl("href");
    String language = doc.selectFirst("html[lang]") == null ? null : doc.selectFirst("html[lang]").attr("lang");
    return new PageMetadata(blankToNull(title), authors, published, blankToNull(canonicalUrl),
        first(meta(doc, "og:description"), meta(doc, "description")), meta(doc, "og:site_name"),
        blankToNull(language));
  }

  private static String timeElement(Document doc) {
    Element time = doc.selectFirst("article time[datetime], main time[datetime], time[datetime]");
    return time == null ? null : time.attr("datetime");
  }

  private static String meta(Document doc, String key) {
    for (Element m : doc.select("meta[content]")) {
      String name = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
      if (name.equalsIgnoreCase(key) && !m.attr("content").isBlank()) {
        return m.attr("content").trim();
      }
    }
    return null;
  }

  private static JsonNode jsonLdArticle(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode node = Json.mapper().readTree(script.data());
        JsonNode found = findArticle(node, 0);
        if (found != null) {
          return found;
        }
      } catch (java.io.IOException | RuntimeException e) {
        // malformed JSON-LD is common; the meta tags remain
      }
    }
    return null;
  }

  private static JsonNode findArticle(JsonNode node, int depth) {
    if (node == null || depth > 5) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        JsonNode f = findArticle(n, depth + 1);
        if (f != null) {
          return f;
        }
      }
      return null;
    }
    if (node.has("headline") || node.has("datePublished")) {
      return node;
    }
    return findArticle(node.get("@graph"), depth + 1);
  }

  private static List<String> ldAuthors(JsonNode ld) {
    List<String> names = new ArrayList<>();
    if (ld == null || !ld.has("author")) {
      return names;
    }
    JsonNode author = ld.get("author");
    for (JsonNode a : author.isArray() ? author : List.of(author)) {
      String name = a.isTextual() ? a.asText() : a.path("name").asText(null);
      if (name != null && !name.isBlank()) {
        names.add(name.trim());
      }
    }
    return names;
  }

  private static String text(JsonNode node, String field) {
    return node == null || !node.hasNonNull(field) ? null : node.get(field).asText();
  }

  private static String textOf(Element e) {
    return e == null ? null : e.text();
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.trim();
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
