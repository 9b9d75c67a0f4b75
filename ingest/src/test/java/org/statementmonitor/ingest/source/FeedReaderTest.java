package org.statementmonitor.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedReaderTest {

  private static final String BASE = "https://press.example/feed";
  private final FeedReader reader = new FeedReader();

  private List<SourceItem> read(String feed) throws SourceFormatException {
    return reader.read(feed.getBytes(StandardCharsets.UTF_8), null, BASE);
  }

  @Test
  void shouldReadRss2() throws Exception {
    List<SourceItem> items = read("""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Press</title>
        <item><title>Appeal to the international community</title><link>https://press.example/s/1</link>
        <guid isPermaLink="false">press-1</guid><pubDate>Thu, 12 Jan 2023 09:00:00 GMT</pubDate>
        <dc:creator>Press Office</dc:creator><description>&lt;p&gt;Short &lt;b&gt;summary&lt;/b&gt;&lt;/p&gt;</description></item>
        </channel></rss>""");

    assertThat(items).singleElement().satisfies(i -> {
      assertThat(i.title()).isEqualTo("Appeal to the international community");
      assertThat(i.link()).isEqualTo("https://press.example/s/1");
      assertThat(i.guid()).isEqualTo("press-1");
      assertThat(i.published()).isEqualTo(Instant.parse("2023-01-12T09:00:00Z"));
      assertThat(i.authors()).containsExactly("Press Office");
      assertThat(i.summary()).isEqualTo("Short summary");
    });
  }

  @Test
  void shouldReadRss1AndRss091() throws Exception {
    assertThat(read("""
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
        <channel rdf:about="https://press.example/"><title>P</title><link>https://press.example/</link><description>d</description></channel>
        <item rdf:about="https://press.example/s/rdf"><title>RDF item</title><link>https://press.example/s/rdf</link></item>
        </rdf:RDF>""")).extracting(SourceItem::link).containsExactly("https://press.example/s/rdf");
    assertThat(read("""
        <rss version="0.91"><channel><title>P</title><link>https://press.example/</link><description>d</description>
        <item><title>Old item</title><link>/s/old</link></item></channel></rss>"""))
        .extracting(SourceItem::link).containsExactly("https://press.example/s/old");
  }

  @Test
  void shouldReadAtom() throws Exception {
    List<SourceItem> items = read("""
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Mission</title><id>urn:m</id><updated>2024-02-14T10:00:00Z</updated>
        <entry><title type="html">Letter &amp;amp; annex</title><id>urn:uuid:1</id>
        <link rel="alternate" href="https://mission.example/letters/1"/><link rel="enclosure" href="https://mission.example/1.pdf"/>
        <published>2024-02-14T09:00:00+01:00</published><updated>2024-02-15T09:00:00Z</updated>
        <author><name>Permanent Mission</name></author><content type="text">Full text</content></entry></feed>""");

    assertThat(items).singleElement().satisfies(i -> {
      assertThat(i.title()).isEqualTo("Letter & annex");
      assertThat(i.link()).isEqualTo("https://mission.example/letters/1");
      assertThat(i.guid()).isEqualTo("urn:uuid:1");
      assertThat(i.published()).isEqualTo(Instant.parse("2024-02-14T08:00:00Z"));
      assertThat(i.updated()).isEqualTo(Instant.parse("2024-02-15T09:00:00Z"));
      assertThat(i.authors()).containsExactly("Permanent Mission");
      assertThat(i.summary()).isEqualTo("Full text");
    });
  }

  @Test
  void shouldReadJsonFeed() throws Exception {
    List<SourceItem> items = read("""
        {"version":"https://jsonfeed.org/version/1.1","title":"NGO","authors":[{"name":"NGO desk"}],
         "items":[{"id":"42","url":"https://ngo.example/s/42","title":"Joint statement",
           "content_html":"<p>Joint <em>statement</em> text</p>","date_published":"2024-03-01T12:00:00Z"},
          {"id":"43","content_text":"Only text, no link","title":"Notice"}]}""");

    assertThat(items).hasSize(2);
    assertThat(items.get(0).link()).isEqualTo("https://ngo.example/s/42");
    assertThat(items.get(0).summary()).isEqualTo("Joint statement text");
    assertThat(items.get(0).authors()).containsExactly("NGO desk");
    assertThat(items.get(0).published()).isEqualTo(Instant.parse("2024-03-01T12:00:00Z"));
    assertThat(items.get(1).link()).isNull();
    assertThat(items.get(1).guid()).isEqualTo("43");
  }

  @Test
  void shouldKeepItemsWithoutDatesOrLinksAndDuplicateGuids() throws Exception {
    List<SourceItem> items = read("""
        <rss version="2.0"><channel><title>t</title>
        <item><title>No date</title><link>https://press.example/a</link></item>
        <item><guid isPermaLink="false">dup</guid><title>No link</title><description>Text only</description></item>
        <item><guid isPermaLink="false">dup</guid><title>No link</title><description>Text only</description></item>
        </channel></rss>""");

    assertThat(items).hasSize(3);
    assertThat(items.get(0).published()).isNull();
    assertThat(items.get(1).link()).isNull();
    assertThat(items.get(1).summary()).isEqualTo("Text only");
  }

  @Test
  void shouldReadAFeedWhoseDeclaredCharsetIsWrong() throws Exception {
    String feed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>t</title>"
        + "<item><title>Minister’s “appeal” – café</title><link>https://press.example/c</link></item></channel></rss>";
    List<SourceItem> items = reader.read(feed.getBytes(Charset.forName("windows-1252")), StandardCharsets.UTF_8, BASE);
    assertThat(items.get(0).title()).isEqualTo("Minister’s “appeal” – café");

    String az = "\uFEFF<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
        + "<item><title>Qərbi Azərbaycan İcmasının bəyanatı: ğ ş ı</title><link>https://press.example/az</link></item>"
        + "<item><title>西阿塞拜疆社区声明</title><link>https://press.example/zh</link></item></channel></rss>";
    assertThat(reader.read(az.getBytes(StandardCharsets.UTF_8), null, BASE)).extracting(SourceItem::title)
        .containsExactly("Qərbi Azərbaycan İcmasının bəyanatı: ğ ş ı", "西阿塞拜疆社区声明");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<rss version=\"2.0\"><channel><item><title>unclosed</channel>",
      "<html><body>This is a web page, not a feed</body></html>",
      "Not XML at all",
      "{\"no\": \"items\"}",
      "<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>&x;</title></channel></rss>",
  })
  void shouldRefuseWhatIsNoFeedWithAReason(String notAFeed) {
    assertThatThrownBy(() -> read(notAFeed)).isInstanceOf(SourceFormatException.class)
        .hasMessageContaining("not a readable");
  }
}
