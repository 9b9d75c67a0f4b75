package org.statementmonitor.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class DemoFeedTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void shouldServeRssWhoseItemsLinkToTheirPages() throws Exception {
    try (DemoFeed feed = DemoFeed.start("127.0.0.1", 0)) {
      HttpResponse<byte[]> rss = get(feed.feedUrl());
      assertThat(rss.statusCode()).isEqualTo(200);
      assertThat(rss.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("rss"));

      Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
          .parse(new ByteArrayInputStream(rss.body()));
      NodeList items = doc.getElementsByTagName("item");
      assertThat(items.getLength()).isEqualTo(feed.statements().size()).isGreaterThanOrEqualTo(5);

      List<String> titles = new ArrayList<>();
      for (int i = 0; i < items.getLength(); i++) {
        var item = (org.w3c.dom.Element) items.item(i);
        String title = item.getElementsByTagName("title").item(0).getTextContent();
        String link = item.getElementsByTagName("link").item(0).getTextContent();
        assertThat(item.getElementsByTagName("pubDate").item(0).getTextContent()).endsWith("GMT");
        HttpResponse<byte[]> page = get(link);
        assertThat(page.statusCode()).as(link).isEqualTo(200);
        assertThat(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("<title>" + title);
        titles.add(title);
      }
      assertThat(titles).doesNotHaveDuplicates();
    }
  }

  @Test
  void shouldBuildLinksFromTheHostTheClientUsed() throws Exception {
    try (DemoFeed feed = DemoFeed.start("127.0.0.1", 0)) {
      assertThat(feed.rss("http://demo-feed:8080")).contains("<link>http://demo-feed:8080/statements/");
    }
  }

  @Test
  void shouldAnswerNotFoundForUnknownStatement() throws Exception {
    try (DemoFeed feed = DemoFeed.start("127.0.0.1", 0)) {
      String base = feed.feedUrl().replace(DemoFeed.FEED_PATH, "");
      assertThat(get(base + "/statements/nope.html").statusCode()).isEqualTo(404);
    }
  }

  private HttpResponse<byte[]> get(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }
}
