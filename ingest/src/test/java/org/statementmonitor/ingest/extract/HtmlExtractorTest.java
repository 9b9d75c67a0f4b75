package org.statementmonitor.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {

  private final HtmlExtractor extractor = new HtmlExtractor();

  private static final String ARTICLE = """
      <!doctype html><html lang="en"><head>
      <title>Appeal on the return of displaced families | Example Community</title>
      <meta property="og:title" content="Appeal on the return of displaced families">
      <meta name="author" content="Press Office">
      <meta property="article:published_time" content="2024-03-05T09:30:00+04:00">
      <link rel="canonical" href="https://community.example/statements/appeal-return">
      </head><body>
      <div id="cookie-banner">We use cookies. <button>Accept all</button></div>
      <header class="site-header"><nav><a href="/">Home</a><a href="/about">About us</a></nav></header>
      <div class="ad-slot">Buy our premium newsletter now!</div>
      <article>
        <div class="letterhead">QƏRBİ AZƏRBAYCAN İCMASI<br>WESTERN EXAMPLE COMMUNITY<br>No: 07/24</div>
        <h1>Appeal on the return of displaced families</h1>
        <p>The Governing Board of the Community adopted the following appeal to the international community at its meeting in Baku.</p>
        <p>We call on the Secretary-General and all member states to support the safe and dignified return of the displaced families to their homes.</p>
        <aside class="most-read"><h3>Most read</h3><ul><li>Unrelated story about football</li></ul></aside>
        <p>Signed: Board of the Community – Chair of the Board.</p>
        <div class="share-buttons">Share on social media</div>
      </article>
      <section class="related-articles"><h2>Related</h2><p>Another article teaser that is long enough to matter.</p></section>
      <footer>© Example Community. All rights reserved.</footer>
      </body></html>
      """;

  @Test
  void shouldKeepTheStatementAndDropPageFurniture() {
    ExtractedDocument doc = extractor.extract(ARTICLE, "https://community.example/s/1", "text/html");

    assertThat(doc.text())
        .startsWith("QƏRBİ AZƏRBAYCAN İCMASI\nWESTERN EXAMPLE COMMUNITY\nNo: 07/24")
        .contains("The Governing Board of the Community adopted", "safe and dignified return",
            "Board of the Community – Chair of the Board.")
        .doesNotContain("cookies", "Home", "premium newsletter", "Most read", "football", "Share on",
            "Related", "All rights reserved");
  }

  @Test
  void shouldReadTitleAuthorDateAndCanonicalUrlFromMetaTags() {
    ExtractedDocument doc = extractor.extract(ARTICLE, "https://community.example/s/1", "text/html");

    assertThat(doc.title()).isEqualTo("Appeal on the return of displaced families");
    assertThat(doc.authors()).containsExactly("Press Office");
    assertThat(doc.published()).isEqualTo(Instant.parse("2024-03-05T05:30:00Z"));
    assertThat(doc.canonicalUrl()).isEqualTo("https://community.example/statements/appeal-return");
    assertThat(doc.metadata()).containsEntry("language", "en");
  }

  @Test
  void shouldPreferJsonLdAndFallBackToTimeElements() {
    String jsonLd = """
        <html><head><script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
         {"@type":"NewsArticle","headline":"Joint letter to the Secretary of State",
          "datePublished":"2023-07-28","author":[{"@type":"Person","name":"A. Mammadova"},{"name":"J. Smith"}]}]}
        </script></head><body><main><p>%s</p></main></body></html>""".formatted("Letter text. ".repeat(30));
    ExtractedDocument ld = extractor.extract(jsonLd, "https://x.example/", "text/html");
    assertThat(ld.title()).isEqualTo("Joint letter to the Secretary of State");
    assertThat(ld.authors()).containsExactly("A. Mammadova", "J. Smith");
    assertThat(ld.published()).isEqualTo(Instant.parse("2023-07-28T00:00:00Z"));

    String time = "<html><body><h1>Press release</h1><p>By <a rel=author href=/p>Leyla Aliyeva</a></p>"
        + "<time datetime=\"2024-01-12T10:00:00Z\">12 January</time><p>" + "Release text. ".repeat(30) + "</p></body></html>";
    ExtractedDocument t = extractor.extract(time, "https://x.example/", "text/html");
    assertThat(t.title()).isEqualTo("Press release");
    assertThat(t.authors()).containsExactly("Leyla Aliyeva");
    assertThat(t.published()).isEqualTo(Instant.parse("2024-01-12T10:00:00Z"));
  }

  @Test
  void shouldFindTheDensestBlockWithoutSemanticMarkup() {
    String html = "<html><body><div class=top><a href=/>Home</a> <a href=/x>Contact</a></div>"
        + "<div class=c1><p>" + "First paragraph of the statement. ".repeat(8) + "</p><p>"
        + "Second paragraph of the statement. ".repeat(8) + "</p></div><div class=foot><p>Copyright notice</p></div></body></html>";

    ExtractedDocument doc = extractor.extract(html, "https://x.example/", "text/html");

    assertThat(doc.text()).startsWith("First paragraph").contains("Second paragraph").doesNotContain("Home", "Copyright");
  }

  @Test
  void shouldSurviveMalformedAndDeeplyNestedHtml() {
    String malformed = "<html><body><article><p>Unclosed <b>bold <i>statement text " + "words ".repeat(50)
        + "<p>next paragraph</table></div></span>";
    assertThat(extractor.extract(malformed, "https://x.example/", "text/html").text())
        .contains("Unclosed bold statement text", "next paragraph");

    String deep = "<div>".repeat(100_000) + "deep text" + "</div>".repeat(100_000);
    long start = System.nanoTime();
    ExtractedDocument doc = extractor.extract("<html><body>" + deep + "</body></html>", "https://x.example/", "text/html");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(doc).isNotNull();
  }

  @Test
  void shouldListLinksMatchingASelector() {
    String listing = """
        <html><body><nav><a href="/about">About</a></nav>
        <ul class="statements"><li><a href="/s/2">Second</a></li><li><a href="s/1?x=1">First</a></li>
        <li><a href="/s/2">Second again</a></li><li><a href="mailto:press@x.example">mail</a></li></ul></body></html>""";
    assertThat(HtmlExtractor.links(listing, "https://x.example/news/", "ul.statements a"))
        .containsExactly("https://x.example/s/2", "https://x.example/news/s/1?x=1");
  }
}
