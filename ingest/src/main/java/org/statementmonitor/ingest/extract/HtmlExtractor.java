package org.statementmonitor.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;

/**
 * Reduces an HTML page to its statement: removes scripts, navigation, asides, cookie banners, adverts,
 * share bars and "most read"/"related" boxes; picks the main content (an {@code article}, {@code
 * main}, {@code [role=main]} or {@code [itemprop=articleBody]}, else the block holding the most
 * paragraph text); and renders it as text with one line per block, so a letterhead or a UN symbol line
 * at the top of the article stays a line of its own. Title, authors, publication date and canonical URL
 * come from {@link PageMetadata}.
 */
public final class HtmlExtractor {

  /** Class or id tokens of page furniture that is never part of a statement. */
  private static final Pattern JUNK = Pattern.compile(
      "(^|[-_\\s])(cookie|cookies|consent|gdpr|banner|advert|advertisement|ads?|adslot|sponsor|promo|"
          + "popular|most-?read|mostread|trending|related|recommended|share|sharing|social|newsletter|"
          + "subscribe|subscription|breadcrumbs?|menu|navbar|nav|sidebar|comments?|paywall|modal|popup|"
          + "skip-link|print-only)([-_\\s]|$)",
      Pattern.CASE_INSENSITIVE);
  private static final String NEVER_TEXT =
      "script, style, noscript, template, iframe, svg, canvas, button, select, input, nav, aside, "
          + "[hidden], [aria-hidden=true], [role=navigation], [role=banner] nav, [role=complementary]";
  private static final String MAIN_CANDIDATES =
      "[itemprop=articleBody], article, main, [role=main], #content, .content, .entry-content, .post-content";
  private static final int MAX_DEPTH_VISITED = 2_000;

  /** Extracts text and metadata from decoded HTML; {@code baseUri} resolves relative links. */
  public ExtractedDocument extract(String html, String baseUri, String contentType) {
    Document doc = Jsoup.parse(html, baseUri);
    PageMetadata meta = PageMetadata.of(doc);
    doc.select(NEVER_TEXT).remove();
    removeJunk(doc.body());
    Element main = mainContent(doc);
    String text = render(main);
    Map<String, String> metadata = new LinkedHashMap<>();
    if (meta.description() != null) {
      metadata.put("description", meta.description());
    }
    if (meta.siteName() != null) {
      metadata.put("siteName", meta.siteName());
    }
    if (meta.language() != null) {
      metadata.put("language", meta.language());
    }
    return new ExtractedDocument(text, meta.title(), meta.authors(), meta.published(), meta.canonicalUrl(),
        contentType, metadata);
  }

  private static void removeJunk(Element body) {
    if (body == null) {
      return;
    }
    List<Element> junk = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e == body) {
        continue;
      }
      String marks = e.className() + " " + e.id();
      if (!marks.isBlank() && JUNK.matcher(marks).find() && !isArticleItself(e)) {
        junk.add(e);
      }
    }
    junk.forEach(Node::remove);
  }

  /** An element that carries the article body must not go even when a class such as "share-ready" matches. */
  private static boolean isArticleItself(Element e) {
    return e.tagName().equals("article") || e.tagName().equals("main") || "articleBody".equals(e.attr("itemprop"));
  }

  private static Element mainContent(Document doc) {
    Element body = doc.body();
    Element best = null;
    int bestLength = 0;
    for (Element candidate : doc.select(MAIN_CANDIDATES)) {
      int length = candidate.text().length();
      if (length > bestLength) {
        best = candidate;
        bestLength = length;
      }
    }
    if (best != null && bestLength >= 200) {
      return best;
    }
    Element dense = densestBlock(body);
    if (dense != null) {
      return dense;
    }
    if (body != null) {
      body.select("header, footer").remove();
    }
    return best != null ? best : body;
  }

  /** The element whose direct paragraphs hold the most text (a readability-style fallback). */
  private static Element densestBlock(Element body) {
    if (body == null) {
      return null;
    }
    Map<Element, Integer> score = new HashMap<>();
    for (Element p : body.select("p, pre, blockquote, li")) {
      Element parent = p.parent();
      if (parent != null) {
        score.merge(parent, p.text().length(), Integer::sum);
      }
    }
    return score.entrySet().stream()
        .filter(e -> e.getValue() >= 200)
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /** Text with a line break after every block element and collapsed spaces inside lines. */
  static String render(Element root) {
    if (root == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    root.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (depth > MAX_DEPTH_VISITED) {
          return;
        }
        if (node instanceof TextNode text) {
          String t = text.getWholeText().replaceAll("[\\s\\u00a0]+", " ");
          if (!t.isBlank() || (out.length() > 0 && out.charAt(out.length() - 1) != '\n' && out.charAt(out.length() - 1) != ' ')) {
            out.append(t);
          }
        } else if (node instanceof Element e && (e.tagName().equals("br"))) {
          out.append('\n');
        } else if (node instanceof Element e && e.isBlock()) {
          newline(out);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && (e.isBlock() || e.tagName().equals("td") || e.tagName().equals("th"))) {
          newline(out);
        }
      }
    });
    return tidy(out.toString());
  }

  private static void newline(StringBuilder out) {
    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
  }

  private static String tidy(String text) {
    StringBuilder out = new StringBuilder();
    boolean blank = false;
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (l.isEmpty()) {
        blank = true;
        continue;
      }
      if (out.length() > 0) {
        out.append(blank ? "\n\n" : "\n");
      }
      out.append(l);
      blank = false;
    }
    return out.toString();
  }

  /** Links matching a CSS selector, absolute, in document order without repeats. */
  public static List<String> links(String html, String baseUri, String selector) {
    Document doc = Jsoup.parse(html, baseUri);
    Elements anchors = doc.select(selector);
    List<String> links = new ArrayList<>();
    for (Element a : anchors) {
      Element anchor = a.hasAttr("href") ? a : a.selectFirst("a[href]");
      if (anchor == null) {
        continue;
      }
      String href = anchor.absUrl("href");
      if (href.startsWith("http") && !links.contains(href)) {
        links.add(href);
      }
    }
    return links;
  }
}
