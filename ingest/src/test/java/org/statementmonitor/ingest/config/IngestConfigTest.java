package org.statementmonitor.ingest.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statementmonitor.common.config.ConfigException;
import org.statementmonitor.common.config.MonitorConfig;

class IngestConfigTest {

  private static IngestConfig bind(String yaml) {
    return MonitorConfig.parse(yaml, "test.yml", Map.<String, String>of()::get).section("ingest", IngestConfig.class);
  }

  @Test
  void shouldGivePoliteDefaultsForAnEmptySection() {
    IngestConfig config = MonitorConfig.empty().section("ingest", IngestConfig.class);

    assertThat(config.sources()).isEmpty();
    assertThat(config.userAgent()).startsWith("StatementMonitor/");
    assertThat(config.politenessDelay()).isEqualTo(Duration.ofSeconds(1));
    assertThat(config.maxBodyBytes()).isEqualTo(20L * 1024 * 1024);
    assertThat(config.respectRobots()).isTrue();
    assertThat(config.push().enabled()).isFalse();
  }

  @Test
  void shouldReadEverySourceTypeWithHumanDurationsAndSizes() {
    IngestConfig config = bind("""
        ingest:
          userAgent: TestBot/1.0
          maxBodyBytes: 5MB
          politenessDelay: 250ms
          defaultInterval: 2m
          sources:
            - {name: un-press, type: rss, url: "https://press.un.example/feed.xml", tags: [un, intl], interval: 30s}
            - {name: ministry-sitemap, type: sitemap, url: "https://mfa.example/news-sitemap.xml"}
            - {name: ngo-statements, type: page, url: "https://ngo.example/statements", selector: "ul.list a"}
            - {name: drop, type: folder, path: /srv/drop}
            - {name: local, type: feed, url: "http://127.0.0.1:8080/feed", allowPrivate: true}
        """);

    assertThat(config.userAgent()).isEqualTo("TestBot/1.0");
    assertThat(config.maxBodyBytes()).isEqualTo(5L * 1024 * 1024);
    assertThat(config.politenessDelay()).isEqualTo(Duration.ofMillis(250));
    assertThat(config.sources()).extracting(SourceConfig::type)
        .containsExactly("feed", "sitemap", "page", "folder", "feed");
    assertThat(config.sources().get(0).intervalOr(config.defaultInterval())).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.sources().get(1).intervalOr(config.defaultInterval())).isEqualTo(Duration.ofMinutes(2));
    assertThat(config.sources().get(0).tags()).containsExactly("un", "intl");
    assertThat(config.sources().get(2).selector()).isEqualTo("ul.list a");
    assertThat(config.sources().get(4).allowPrivate()).isTrue();
    assertThat(config.sources().get(0).allowPrivate()).isFalse();
  }

  @Test
  void shouldAcceptTheLaunchersFeedEntries() {
    IngestConfig config = bind("""
        ingest:
          sources:
            - {name: feed-1, type: feed, url: "http://localhost:9/demo.xml", allowPrivate: true}
        """);
    assertThat(config.sources()).containsExactly(SourceConfig.feed("feed-1", "http://localhost:9/demo.xml", true));
  }

  @Test
  void shouldNameWhatIsWrong() {
    assertThatThrownBy(() -> bind("ingest:\n  sources:\n    - {name: a, type: feed}\n"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("source 'a'").hasMessageContaining("needs a url");
    assertThatThrownBy(() -> bind("ingest:\n  sources:\n    - {name: a, type: gopher, url: 'http://x'}\n"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("not one of feed, sitemap, page, folder");
    assertThatThrownBy(() -> bind("ingest:\n  sources:\n    - {name: a, url: 'ftp://x/feed'}\n"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("must be http(s)");
    assertThatThrownBy(() -> bind("ingest:\n  sources:\n    - {name: a, url: 'http://x/1'}\n    - {name: a, url: 'http://x/2'}\n"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("used twice");
    assertThatThrownBy(() -> bind("ingest:\n  politenessDelay: soon\n"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("not a duration");
    assertThatThrownBy(() -> bind("ingest:\n  push: {apiKey: short}\n"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("at least 16");
  }

  @Test
  void shouldReloadTheSourcesFileOnlyWhenItChanges(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sources.yml");
    Files.writeString(file, "sources:\n  - {name: one, url: 'https://one.example/feed'}\n");
    SourcesFile sources = new SourcesFile(file);

    assertThat(sources.read()).extracting(SourceConfig::name).containsExactly("one");
    assertThat(sources.readIfChanged()).isNull();

    Files.writeString(file, "sources:\n  - {name: one, url: 'https://one.example/feed'}\n  - {name: two, type: sitemap, url: 'https://two.example/s.xml'}\n");
    assertThat(sources.readIfChanged()).extracting(SourceConfig::name).containsExactly("one", "two");
  }
}
