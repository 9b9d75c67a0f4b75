package org.statementmonitor.ingest.fuzz;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statementmonitor.ingest.extract.DocumentExtractor;
import org.statementmonitor.ingest.extract.ExtractionException;
import org.statementmonitor.ingest.source.FeedReader;
import org.statementmonitor.ingest.source.SitemapReader;
import org.statementmonitor.ingest.source.SourceFormatException;
import org.statementmonitor.testkit.fuzz.FuzzInputs;
import org.statementmonitor.testkit.fuzz.FuzzSweep;

/**
 * Bad-input sweep of ingest's parser boundaries: every hostile feed, sitemap or page is either read
 * or refused with the parser's own exception, within a bound, never a crash or a hang.
 */
class IngestParserFuzzTest {

  private static final long SEED = 20261123L;

  private static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>Council news</title><link>https://council.example/</link>
      <item><title>Appeal on the missing</title><link>https://council.example/a/1</link>
      <guid>a-1</guid><pubDate>Thu, 12 Jan 2023 10:00:00 GMT</pubDate>
      <description>The Council calls on the parties &amp; the OSCE.</description></item>
      </channel></rss>""";

  private static final String ATOM = """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom"><title>Forum</title><id>urn:forum</id>
      <updated>2023-07-28T09:00:00Z</updated>
      <entry><title>Letter to the Secretary</title><id>urn:forum:2</id>
      <link href="https://forum.example/letters/2"/><updated>2023-07-28T09:00:00Z</updated>
      <summary>Qərbi Azərbaycan İcması writes.</summary></entry></feed>""";

  private static final String JSON_FEED = """
      {"version":"https://jsonfeed.org/version/1.1","title":"Institute","items":[
      {"id":"3","url":"https://institute.example/3","title":"Report","content_text":"Text",
      "date_published":"2023-03-01T00:00:00Z"}]}""";

  private static final String SITEMAP = """
      <?xml version="1.0" encoding="UTF-8"?>
      <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <url><loc>https://ministry.example/press/1</loc><lastmod>2023-05-02</lastmod></url></urlset>""";

  private static final String HTML = """
      <!doctype html><html><head><meta charset="utf-8"><title>Statement</title>
      <meta name="author" content="Press Office"><script type="application/ld+json">
      {"@type":"NewsArticle","datePublished":"2023-01-12"}</script></head>
      <body><nav>Home | About</nav><article><h1>Statement</h1><p>Bakı, 12 yanvar 2023.</p>
      <p>The Community appeals to the United Nations.</p></article><footer>Most read</footer></body></html>""";

  @Test
  void shouldReadOrRefuseEveryHostileFeed() {
    FeedReader reader = new FeedReader();
    List<byte[]> inputs = FuzzInputs.from(SEED, List.of(RSS, ATOM, JSON_FEED)).next(400);

    FuzzSweep.bounded(Duration.ofSeconds(5), SourceFormatException.class::isInstance)
        .run(inputs, bytes -> reader.read(bytes, StandardCharsets.UTF_8, "https://council.example/feed"))
        .assertNoFailures();
  }

  @Test
  void shouldReadOrRefuseEveryHostileSitemap() {
    SitemapReader reader = new SitemapReader();
    List<byte[]> inputs = FuzzInputs.from(SEED + 1, List.of(SITEMAP)).next(300);

    FuzzSweep.bounded(Duration.ofSeconds(5), SourceFormatException.class::isInstance)
        .run(inputs, bytes -> reader.read(bytes, "application/xml", "https://ministry.example/sitemap.xml"))
        .assertNoFailures();
  }

  @Test
  void shouldExtractOrRefuseEveryHostileDocument() throws Exception {
    List<byte[]> inputs = FuzzInputs.from(SEED + 2, List.of(HTML, RSS)).next(300);
    try (DocumentExtractor extractor = new DocumentExtractor(200_000, Duration.ofSeconds(5))) {
      FuzzSweep.bounded(Duration.ofSeconds(10), ExtractionException.class::isInstance)
          .run(inputs, bytes -> extractor.extract(bytes, "text/html", "https://council.example/a/1"))
          .run(inputs.subList(0, 100), bytes -> extractor.extract(bytes, "application/octet-stream",
              "https://council.example/doc.bin"))
          .assertNoFailures();
    }
  }
}
