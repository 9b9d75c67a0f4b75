package org.statementmonitor.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.statementmonitor.common.event.DeadLetter;
import org.statementmonitor.common.event.Statement;
import org.statementmonitor.ingest.extract.DocumentFixtures;
import org.statementmonitor.ingest.testing.Fixtures;
import org.statementmonitor.ingest.testing.IngestFixture;
import org.statementmonitor.ingest.testing.WebFixture;
import org.statementmonitor.testkit.kafka.KafkaCluster;
import org.statementmonitor.testkit.kafka.KafkaExtension;

@ExtendWith(KafkaExtension.class)
class IngestServiceIT {

  private static final Duration WAIT = Duration.ofSeconds(60);

  private final WebFixture web = new WebFixture();
  private IngestFixture ingest;

  IngestServiceIT() throws java.io.IOException {}

  @AfterEach
  void stop() {
    if (ingest != null) {
      ingest.close();
    }
    web.close();
  }

  private IngestFixture start(KafkaCluster kafka, String name, Path dir, String extra) throws Exception {
    String yaml = IngestFixture.FAST.replaceAll("(?m)^", "  ") + "  instanceId: " + KafkaCluster.uniqueName("it") + "\n"
        + "  sources:\n    - {name: " + name + ", type: feed, url: \"" + web.url("/feed.xml") + "\", allowPrivate: true}\n"
        + extra;
    ingest = new IngestFixture(kafka, yaml, dir).start();
    return ingest;
  }

  @Test
  void shouldProduceEachStatementOnceAcrossPollsAndRestarts(KafkaCluster kafka, @TempDir Path dir) throws Exception {
    // Given a feed with an HTML statement and a PDF cover letter
    String html = web.url("/statements/appeal-return");
    String pdf = web.url("/documents/letter.pdf");
    web.serve("/statements/appeal-return", "text/html; charset=utf-8",
        Fixtures.article("Appeal on the right of return", "The Governing Board adopted this appeal in Baku."));
    web.serve("/documents/letter.pdf", "application/pdf", DocumentFixtures.pdf("Letter to the Secretary-General",
        "Permanent Mission", List.of(DocumentFixtures.unCoverLetter())));
    web.serve("/feed.xml", "application/rss+xml", Fixtures.rss(
        new String[] {"Appeal on the right of return", html, "Thu, 02 May 2024 08:00:00 GMT"},
        new String[] {"Letter to the Secretary-General", pdf, null}));
    Set<String> ids = Set.of(IngestFixture.idOf(html), IngestFixture.idOf(pdf));

    // When the service polls it several times
    start(kafka, "exactly-once", dir, "");
    await().atMost(WAIT).until(() -> ingest.raw(ids).size() == 2);
    int polls = web.hits("/feed.xml");
    await().atMost(WAIT).until(() -> web.hits("/feed.xml") >= polls + 3);

    // Then each statement is on the raw topic once, with its fields
    List<Statement> produced = ingest.raw(ids);
    assertThat(produced).hasSize(2).allSatisfy(s -> {
      assertThat(s.version()).isEqualTo(1);
      assertThat(s.update()).isFalse();
      assertThat(s.source().name()).isEqualTo("exactly-once");
      assertThat(s.source().feedUrl()).isEqualTo(web.url("/feed.xml"));
      assertThat(s.fetched()).isNotNull();
      assertThat(s.contentHash()).hasSize(64);
    });
    Statement article = produced.stream().filter(s -> s.url().equals(html)).findFirst().orElseThrow();
    assertThat(article.title()).isEqualTo("Appeal on the right of return");
    assertThat(article.authors()).containsExactly("Press Service");
    assertThat(article.text()).startsWith("QƏRBİ AZƏRBAYCAN İCMASI").contains("adopted this appeal")
        .doesNotContain("cookies", "Most read", "Contact us");
    assertThat(article.published()).isEqualTo(java.time.Instant.parse("2024-05-02T08:00:00Z"));
    Statement letter = produced.stream().filter(s -> s.url().equals(pdf)).findFirst().orElseThrow();
    assertThat(letter.text()).contains("A/79/123-S/2024/456", "Distr.: General");
    assertThat(letter.metadata()).containsEntry("tika.pageCount", "1");
    assertThat(letter.published()).isNotNull();

    // When the service restarts and polls again, nothing is produced again
    ingest.restart();
    int afterRestart = web.hits("/feed.xml");
    await().atMost(WAIT).until(() -> web.hits("/feed.xml") >= afterRestart + 2);
    assertThat(ingest.raw(ids)).hasSize(2);
  }

  @Test
  void shouldProduceAnEditedStatementAsVersionTwo(KafkaCluster kafka, @TempDir Path dir) throws Exception {
    String page = web.url("/statements/edited");
    web.serve("/statements/edited", "text/html", Fixtures.article("Statement on talks", "First wording of the statement."));
    web.serve("/feed.xml", "application/rss+xml", Fixtures.rss(new String[] {"Statement on talks", page, null}));
    start(kafka, "edits", dir, "  recheckInterval: 1s\n");
    String id = IngestFixture.idOf(page);
    await().atMost(WAIT).until(() -> ingest.raw(Set.of(id)).size() == 1);

    web.serve("/statements/edited", "text/html", Fixtures.article("Statement on talks", "Corrected wording of the statement."));

    await().atMost(WAIT).until(() -> ingest.raw(Set.of(id)).size() == 2);
    Statement v2 = ingest.raw(Set.of(id)).get(1);
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.update()).isTrue();
    assertThat(v2.text()).contains("Corrected wording");
    await().during(Duration.ofSeconds(3)).atMost(WAIT).until(() -> ingest.raw(Set.of(id)).size() == 2);
  }

  @Test
  void shouldDeadLetterBadItemsAndGoOnWithTheRest(KafkaCluster kafka, @TempDir Path dir) throws Exception {
    String good = web.url("/s/good");
    String missing = web.url("/s/missing");
    String internal = web.localhostUrl("/s/internal");
    String huge = web.url("/s/huge.pdf");
    web.serve("/s/good", "text/html", Fixtures.article("Good statement", "This one is fine."));
    web.serve("/s/internal", "text/html", Fixtures.article("Internal", "Must not be fetched."));
    web.serve("/s/huge.pdf", "application/pdf", new byte[300 * 1024]);
    web.serve("/feed.xml", "application/rss+xml", Fixtures.rss(
        new String[] {"Missing", missing, null}, new String[] {"Internal", internal, null},
        new String[] {"Huge", huge, null}, new String[] {"Good statement", good, null},
        new String[] {"Good statement (duplicate entry)", good, null}));
    String yaml = IngestFixture.FAST.replaceAll("(?m)^", "  ") + "  maxBodyBytes: 200KB\n  instanceId: "
        + KafkaCluster.uniqueName("it") + "\n  sources:\n    - {name: bad-items, type: feed, url: \""
        + web.url("/feed.xml") + "\"}\n";
    ingest = new IngestFixture(kafka, yaml, dir).start();

    await().atMost(WAIT).until(() -> ingest.raw(Set.of(IngestFixture.idOf(good))).size() == 1);
    await().atMost(WAIT).until(() -> ingest.deadLetters(web.url("/s/")).size() + ingest.deadLetters(internal).size() >= 3);
    List<DeadLetter> letters = ingest.deadLetters("bad-items");
    assertThat(letters).extracting(DeadLetter::reason)
        .anySatisfy(r -> assertThat(r).startsWith("http-status"))
        .anySatisfy(r -> assertThat(r).startsWith("private-address"))
        .anySatisfy(r -> assertThat(r).startsWith("too-large"));
    assertThat(letters).allSatisfy(d -> assertThat(d.stage()).isEqualTo("ingest.item"));
    assertThat(web.hits("/s/internal")).isZero();
    assertThat(ingest.count("monitor.ingest.items.failed", "bad-items")).isGreaterThanOrEqualTo(3);
    assertThat(ingest.count("monitor.ingest.items.produced", "bad-items")).isEqualTo(1);

    @SuppressWarnings("unchecked")
    Map<String, Object> sources = (Map<String, Object>) ((Map<String, Object>) ingest.ops().healthReport().get("checks"))
        .get("ingest.sources");
    assertThat(sources).containsKey("bad-items");
  }

  @Test
  void shouldMarkAFeedThatIsNotXmlAsFailingAndKeepOtherSourcesGoing(KafkaCluster kafka, @TempDir Path dir) throws Exception {
    String good = web.url("/s/fine");
    web.serve("/s/fine", "text/html", Fixtures.article("Fine statement", "All good here."));
    web.serve("/feed.xml", "application/rss+xml", Fixtures.rss(new String[] {"Fine statement", good, null}));
    web.serve("/broken.xml", "application/rss+xml", "<rss><channel><item><title>cut off");
    start(kafka, "good-feed", dir, "    - {name: broken-feed, type: feed, url: \"" + web.url("/broken.xml")
        + "\", allowPrivate: true}\n");

    await().atMost(WAIT).until(() -> ingest.raw(Set.of(IngestFixture.idOf(good))).size() == 1);
    await().atMost(WAIT).untilAsserted(() -> assertThat(ingest.service().sourceReport().get("broken-feed").toString())
        .contains("status=FAILING").contains("not a readable"));
    assertThat(ingest.count("monitor.ingest.polls", "broken-feed")).isGreaterThanOrEqualTo(1);
    assertThat(ingest.service().health().up()).isTrue();
  }
}
