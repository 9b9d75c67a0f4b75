package org.statementmonitor.launcher.pipeline;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A publisher's web site on 127.0.0.1: an RSS feed whose items link to HTML pages and a PDF (made
 * here with PDFBox), and a later item that appears only once {@link #publishLaterItem()} is called.
 * Counts how often the feed was fetched.
 */
final class PipelineFixture implements AutoCloseable {

  /** One statement on the site. */
  record Page(String path, String title, String contentType, String distinctivePhrase, byte[] body) {}

  private final HttpServer server;
  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  private final List<Page> firstItems = new ArrayList<>();
  private final Page laterItem;
  private final AtomicBoolean laterPublished = new AtomicBoolean();
  private final AtomicInteger feedFetches = new AtomicInteger();

  private PipelineFixture(HttpServer server) throws IOException {
    this.server = server;
    firstItems.add(html("/statements/fishers-appeal.html",
        "Joint appeal of river fishing cooperatives on the closure of spawning grounds",
        "The cooperatives of the upper Tavra river ask the water authority to reopen the spawning channels"
            + " closed by the new weir, before the spring run of the brown trout begins."));
    firstItems.add(pdf("/documents/guides-open-letter.pdf",
        "Open letter of the Association of Mountain Guides on trail permit fees",
        "The Association of Mountain Guides objects to the tenfold rise of trail permit fees decided"
            + " without consultation of the guides who maintain the high routes."));
    firstItems.add(html("/statements/libraries-flood.html",
        "Statement of the Coastal Libraries Network on flood damage",
        "Eleven coastal libraries report that the November storm surge flooded their basement stacks,"
            + " and the Network asks volunteers to help dry the damaged newspapers."));
    laterItem = html("/statements/libraries-repairs.html",
        "Coastal Libraries Network: first repairs completed",
        "The Coastal Libraries Network thanks the volunteers: the reading rooms of Porthallow and"
            + " Lindqvist Bay reopened after the repairs of the storm damage.");
    firstItems.forEach(p -> pages.put(p.path(), p));
    pages.put(laterItem.path(), laterItem);
  }

  static PipelineFixture start() throws IOException {
    HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
    PipelineFixture fixture = new PipelineFixture(http);
    http.createContext("/feed.xml", fixture::serveFeed);
    http.createContext("/", fixture::servePage);
    http.start();
    return fixture;
  }

  String feedUrl() {
    return base() + "/feed.xml";
  }

  String urlOf(Page page) {
    return base() + page.path();
  }

  List<Page> firstItems() {
    return List.copyOf(firstItems);
  }

  Page laterItem() {
    return laterItem;
  }

  void publishLaterItem() {
    laterPublished.set(true);
  }

  int feedFetches() {
    return feedFetches.get();
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void serveFeed(HttpExchange exchange) throws IOException {
    feedFetches.incrementAndGet();
    StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
        + "<title>Statements</title><link>" + base() + "/</link><description>Test publisher</description>\n");
    List<Page> items = new ArrayList<>(firstItems);
    if (laterPublished.get()) {
      items.add(0, laterItem);
    }
    int day = 10;
    for (Page page : items) {
      rss.append("<item><title>").append(page.title()).append("</title><link>").append(urlOf(page))
          .append("</link><guid>").append(urlOf(page)).append("</guid><pubDate>Tue, ").append(day++)
          .append(" Nov 2026 09:00:00 GMT</pubDate></item>\n");
    }
    rss.append("</channel></rss>\n");
    respond(exchange, 200, "application/rss+xml; charset=utf-8", rss.toString().getBytes(StandardCharsets.UTF_8));
  }

  private void servePage(HttpExchange exchange) throws IOException {
    Page page = pages.get(exchange.getRequestURI().getPath());
    if (page == null) {
      respond(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
    } else {
      respond(exchange, 200, page.contentType(), page.body());
    }
  }

  private static Page html(String path, String title, String body) {
    String html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
        + "</title></head><body><nav>Home | News | Contact</nav><article><h1>" + title + "</h1><p>" + body
        + "</p><p>We call on every institution concerned to answer this statement within thirty days and"
        + " remain available for a meeting at any time.</p><p>Signed: the Board.</p></article></body></html>";
    return new Page(path, title, "text/html; charset=utf-8", body.substring(0, 60),
        html.getBytes(StandardCharsets.UTF_8));
  }

  private static Page pdf(String path, String title, String body) throws IOException {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(document, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        text.setLeading(15);
        text.newLineAtOffset(50, 720);
        text.showText(title);
        text.newLine();
        text.newLine();
        for (String line : wrap(body, 85)) {
          text.showText(line);
          text.newLine();
        }
        text.endText();
      }
      document.getDocumentInformation().setTitle(title);
      document.save(out);
      return new Page(path, title, "application/pdf", body.substring(0, 40), out.toByteArray());
    }
  }

  private static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() + word.length() + 1 > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.isEmpty() ? "" : " ").append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private static void respond(HttpExchange exchange, int code, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(code, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
