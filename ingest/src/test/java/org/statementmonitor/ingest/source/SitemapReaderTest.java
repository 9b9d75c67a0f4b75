package org.statementmonitor.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SitemapReaderTest {

  private final SitemapReader reader = new SitemapReader();

  @Test
  void shouldReadANewsSitemapNewestFirst() throws Exception {
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
        <url><loc>https://mfa.example/news/older</loc><lastmod>2024-03-01T10:00:00Z</lastmod></url>
        <url><loc>https://mfa.example/news/newer</loc>
          <news:news><news:publication><news:name>MFA</news:name><news:language>en</news:language></news:publication>
          <news:publication_date>2024-03-02T08:00:00Z</news:publication_date><news:title>Statement on the talks</news:title></news:news></url>
        </urlset>""";

    SitemapReader.Result result = reader.read(xml.getBytes(StandardCharsets.UTF_8), "application/xml",
        "https://mfa.example/news-sitemap.xml");

    assertThat(result.children()).isEmpty();
    assertThat(result.items()).extracting(SourceItem::link)
        .containsExactly("https://mfa.example/news/newer", "https://mfa.example/news/older");
    assertThat(result.items().get(0).title()).isEqualTo("Statement on the talks");
    assertThat(result.items().get(0).published()).isEqualTo(Instant.parse("2024-03-02T08:00:00Z"));
    assertThat(result.items().get(1).updated()).isEqualTo(Instant.parse("2024-03-01T10:00:00Z"));
  }

  @Test
  void shouldListTheChildrenOfAnIndex() throws Exception {
    String xml = """
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <sitemap><loc>https://mfa.example/sitemap-2024.xml</loc></sitemap>
        <sitemap><loc>https://mfa.example/sitemap-2023.xml</loc></sitemap></sitemapindex>""";
    assertThat(reader.read(xml.getBytes(StandardCharsets.UTF_8), "text/xml", "https://mfa.example/sitemap.xml").children())
        .containsExactlyInAnyOrder("https://mfa.example/sitemap-2024.xml", "https://mfa.example/sitemap-2023.xml");
  }

  @Test
  void shouldRefuseMalformedXml() {
    assertThatThrownBy(() -> reader.read("<urlset><url><loc>".getBytes(StandardCharsets.UTF_8), "text/xml",
        "https://mfa.example/sitemap.xml")).isInstanceOf(SourceFormatException.class);
  }
}
