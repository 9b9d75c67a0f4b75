package org.statementmonitor.ingest.testing;

/** Literal feeds and pages in the genre of the monitored statements, written for the tests. */
public final class Fixtures {

  private Fixtures() {}

  /** An RSS 2.0 feed; each item is {title, link, pubDate or null}. */
  public static String rss(String[]... items) {
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
        + "<title>Community press releases</title><link>https://community.example/</link><description>d</description>\n");
    for (String[] item : items) {
      out.append("<item><title>").append(item[0]).append("</title><link>").append(item[1]).append("</link>");
      if (item.length > 2 && item[2] != null) {
        out.append("<pubDate>").append(item[2]).append("</pubDate>");
      }
      out.append("<guid>").append(item[1]).append("</guid></item>\n");
    }
    return out.append("</channel></rss>").toString();
  }

  /** An article page with a letterhead, navigation, a cookie banner and a "most read" box. */
  public static String article(String title, String body) {
    return """
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>%1$s | Community</title>
        <meta property="og:title" content="%1$s"><meta name="author" content="Press Service">
        <meta property="article:published_time" content="2024-05-02T08:00:00Z"></head><body>
        <div class="cookie-consent">This site uses cookies.</div>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><p class="letterhead">QƏRBİ AZƏRBAYCAN İCMASI – WESTERN EXAMPLE COMMUNITY</p>
        <h1>%1$s</h1><p>%2$s</p>
        <p>The Community calls on international organisations to uphold the right of return of the displaced.</p>
        <div class="most-read">Most read: an unrelated story</div></article>
        <footer>Contact us</footer></body></html>""".formatted(title, body);
  }
}
