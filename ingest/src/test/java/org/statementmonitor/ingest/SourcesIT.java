package org.statementmonitor.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.statementmonitor.common.event.Statement;
import org.statementmonitor.ingest.extract.DocumentFixtures;
import org.statementmonitor.ingest.testing.Fixtures;
import org.statementmonitor.ingest.testing.IngestFixture;
import org.statementmonitor.ingest.testing.WebFixture;
import org.statementmonitor.testkit.kafka.KafkaCluster;
import org.statementmonitor.testkit.kafka.KafkaExtension;

@ExtendWith(KafkaExtension.class)
class SourcesIT {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String API_KEY = "test-push-key-0123456789";

  private final WebFixture web = new WebFixture();
  private IngestFixture ingest;

  SourcesIT() throws java.io.IOException {}

  @AfterEach
  void stop() {
    if (ingest != null) {
      ingest.close();
    }
    web.close();
  }

  private void start(KafkaCluster kafka, Path dir, String sources, String extra) throws Exception {
    String yaml = IngestFixture.FAST.replaceAll("(?m)^", "  ") + "  instanceId: " + KafkaCluster.uniqueName("it")
        + "\n" + extra + "  sources:\n" + sources;
    ingest = new IngestFixture(kafka, yaml, dir).start();
  }

  @Test
  void shouldIngestNewsSitemapEntriesNewerThanTheLastVisit(KafkaCluster kafka, @TempDir Path dir) throws Exception {
    String fresh = web.url("/news/fresh");
    String old = web.url("/news/old");
    web.serve("/news/fresh", "text/html", Fixtures.article("Fresh statement", "Published today."));
    web.serve("/news/old", "text/html", Fixtures.article("Old statement", "Published years ago."));
    web.serve("/sitemap.xml", "application/xml", """
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
        <url><loc>%s</loc><news:news><news:publication><news:name>MFA</news:name><news:language>en</news:language></news:publication>
        <news:publication_date>%s</news:publication_date><news:title>Fresh statement</news:title></news:news></url>
        <url><loc>%s</loc><lastmod>2019-01-01T00:00:00Z</lastmod></url></urlset>""".formatted(fresh, Instant.now(), old));
    start(kafka, dir, "    - {name: sitemap-src, type: sitemap, url: \"" + web.url("/sitemap.xml") + "\", allowPrivate: true}\n", "");

    await().atMost(WAIT).until(() -> ingest.raw(Set.of(IngestFixture.idOf(fresh))).size() == 1);
    int polls = web.hits("/sitemap.xml");
    await().atMost(WAIT).until(() -> web.hits("/sitemap.xml") >= polls + 2);
    assertThat(web.hits("/news/old")).isZero();
    assertThat(ingest.raw(Set.of(IngestFixture.idOf(fresh))).get(0).title()).isEqualTo("Fresh statement");
  }

  @Test
  void shouldWatchAListingPageForNewLinks(KafkaCluster kafka, @TempDir Path dir) throws Exception {
    web.serve("/statements", "text/html", listing("/statements/1"));
    web.serve("/statements/1", "text/html", Fixtures.article("First statement", "The first one."));
    web.serve("/statements/2", "application/pdf", DocumentFixtures.pdf("Second statement", "Mission",
        List.of(DocumentFixtures.unCoverLetter())));
    start(kafka, dir, "    - {name: page-src, type: page, url: \"" + web.url("/statements")
        + "\", selector: \"ul.statements a\", allowPrivate: true, tags: [ngo, az]}\n", "");

    await().atMost(WAIT).until(() -> ingest.rawOf("page-src").size() == 1);
    web.serve("/statements", "text/html", listing("/statements/2", "/statements/1"));
    await().atMost(WAIT).until(() -> ingest.rawOf("page-src").size() == 2);

    assertThat(ingest.rawOf("page-src")).extracting(Statement::url)
        .containsExactlyInAnyOrder(web.url("/statements/1"), web.url("/statements/2"));
    assertThat(ingest.rawOf("page-src").get(0).source().tags()).containsExactly("ngo", "az");
    assertThat(web.hits("/about")).isZero();
  }

  private static String listing(String... links) {
    StringBuilder out = new StringBuilder("<html><body><nav><a href=\"/about\">About</a></nav><ul class=\"statements\">");
    for (String l : links) {
      out.append("<li><a href=\"").append(l).append("\">statement</a></li>");
    }
    return out.append("</ul></body></html>").toString();
  }

  @Test
  void shouldIngestEachDropFolderFileOnceAcrossRestarts(KafkaCluster kafka, @TempDir Path dir) throws Exception {
    Path drop = Files.createDirectories(dir.resolve("drop"));
    Files.write(drop.resolve("appeal.docx"), DocumentFixtures.docx("Müraciət", "İcma", List.of("Bəyanat mətni: ğ ş ı İ ə", "西阿塞拜疆社区")));
    Files.writeString(drop.resolve("note.txt"), "Plain text statement of the Board.", StandardCharsets.UTF_8);
    Files.writeString(drop.resolve("partial.docx.part"), "still uploading", StandardCharsets.UTF_8);
    start(kafka, dir, "    - {name: drop-src, type: folder, path: \"" + drop + "\"}\n", "");

    await().atMost(WAIT).until(() -> ingest.rawOf("drop-src").size() == 2);
    assertThat(ingest.rawOf("drop-src")).extracting(Statement::text)
        .anySatisfy(t -> assertThat(t).contains("Bəyanat mətni: ğ ş ı İ ə", "西阿塞拜疆社区"))
        .anySatisfy(t -> assertThat(t).isEqualTo("Plain text statement of the Board."));

    ingest.restart();
    await().atMost(WAIT).until(() -> ingest.count("monitor.ingest.polls", "drop-src") >= 3);
    assertThat(ingest.rawOf("drop-src")).hasSize(2);
  }

  @Test
  void shouldAcceptPushedStatementsAndDocumentsWithTheApiKey(KafkaCluster kafka, @TempDir Path dir) throws Exception {
    start(kafka, dir, "    []\n", "  push: {apiKey: " + API_KEY + ", maxRequestBytes: 64KB, tags: [partner]}\n");
    HttpClient client = HttpClient.newHttpClient();
    String base = ingest.ops().url() + "/ingest";
    String url = "https://partner.example/statements/" + KafkaCluster.uniqueName("p");
    String json = "{\"url\":\"" + url + "\",\"title\":\"Pushed statement\",\"text\":\"Text pushed by a partner: Bəyanat 声明\","
        + "\"authors\":[\"Partner desk\"],\"published\":\"2024-05-01T10:00:00Z\"}";

    HttpResponse<String> noKey = client.send(post(base + "/statements", json, null), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> accepted = client.send(post(base + "/statements", json, API_KEY), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> again = client.send(post(base + "/statements", json, API_KEY), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> tooLarge = client.send(post(base + "/statements", "x".repeat(70 * 1024), API_KEY),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> privateUrl = client.send(post(base + "/statements", "{\"url\":\"" + web.localhostUrl("/x") + "\"}",
        API_KEY), HttpResponse.BodyHandlers.ofString());
    byte[] pdf = DocumentFixtures.pdf("Pushed letter", "Mission", List.of(DocumentFixtures.unCoverLetter()));
    HttpResponse<String> document = client.send(HttpRequest.newBuilder(URI.create(base + "/documents?name=letter.pdf"))
        .header("X-Api-Key", API_KEY).header("Content-Type", "application/pdf")
        .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(noKey.statusCode()).isEqualTo(401);
    assertThat(accepted.statusCode()).isEqualTo(202);
    assertThat(accepted.body()).contains(IngestFixture.idOf(url)).contains("\"version\":1");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(privateUrl.statusCode()).isEqualTo(422);
    assertThat(privateUrl.body()).contains("private-address");
    assertThat(document.statusCode()).isEqualTo(202);
    Statement pushed = ingest.raw(Set.of(IngestFixture.idOf(url))).get(0);
    assertThat(pushed.text()).isEqualTo("Text pushed by a partner: Bəyanat 声明");
    assertThat(pushed.authors()).containsExactly("Partner desk");
    assertThat(pushed.source().tags()).containsExactly("partner");
    assertThat(ingest.rawOf("push")).extracting(Statement::text).anySatisfy(t -> assertThat(t).contains("A/79/123-S/2024/456"));
  }

  private static HttpRequest post(String url, String body, String key) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    return b.build();
  }

  @Test
  void shouldReloadTheSourcesFileWithoutRestart(KafkaCluster kafka, @TempDir Path dir) throws Exception {
    Path file = dir.resolve("sources.yml");
    Files.writeString(file, "sources: []\n");
    String item = web.url("/json/1");
    web.serve("/json/1", "text/html", Fixtures.article("JSON Feed statement", "Listed in a JSON Feed."));
    web.serve("/feed.json", "application/feed+json", """
        {"version":"https://jsonfeed.org/version/1.1","title":"NGO","items":[
         {"id":"1","url":"%s","title":"JSON Feed statement","date_published":"2024-05-03T10:00:00Z"},
         {"id":"2","title":"Notice without link","content_text":"A notice that has only its feed text."}]}""".formatted(item));
    start(kafka, dir, "    []\n", "  sourcesFile: \"" + file + "\"\n");

    Files.writeString(file, "sources:\n  - {name: reloaded-json, type: feed, url: \"" + web.url("/feed.json")
        + "\", allowPrivate: true}\n");

    await().atMost(WAIT).until(() -> ingest.rawOf("reloaded-json").size() == 2);
    assertThat(ingest.rawOf("reloaded-json")).extracting(Statement::text)
        .anySatisfy(t -> assertThat(t).contains("Listed in a JSON Feed."))
        .anySatisfy(t -> assertThat(t).isEqualTo("A notice that has only its feed text."));
    assertThat(ingest.service().sourceReport()).containsKey("reloaded-json");
  }
}
