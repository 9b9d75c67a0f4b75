package org.statementmonitor.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statementmonitor.launcher.options.CommonOptions;
import org.statementmonitor.launcher.options.LaunchSettings;
import picocli.CommandLine;

class LauncherTest {

  @TempDir
  Path dir;

  @Test
  void shouldOfferUpDemoFeedAndOneCommandPerService() {
    CommandLine cli = Main.commandLine();

    assertThat(cli.getSubcommands()).containsKeys("up", "demo-feed", "ingest", "enrich", "index", "alerts");
  }

  @Test
  void shouldParseEveryCommonOptionOfUp() {
    CommandLine cli = Main.commandLine();

    CommandLine.ParseResult parsed = cli.parseArgs("up", "--config", "monitor.yml", "--kafka", "broker:9093",
        "--elasticsearch", "http://es:9200", "--feed", "http://a.example/rss", "--feed", "http://b.example/atom",
        "--data", "/var/lib/monitor", "--ops-port", "9500", "--no-demo");

    UpCommand up = (UpCommand) parsed.subcommand().commandSpec().userObject();
    CommonOptions options = up.options;
    assertThat(options.config()).isEqualTo(Path.of("monitor.yml"));
    assertThat(options.kafka()).isEqualTo("broker:9093");
    assertThat(options.elasticsearch()).isEqualTo("http://es:9200");
    assertThat(options.feeds()).containsExactly("http://a.example/rss", "http://b.example/atom");
    assertThat(options.data()).isEqualTo(Path.of("/var/lib/monitor"));
    assertThat(options.opsPort()).isEqualTo(9500);
    assertThat(up.demo).isFalse();
  }

  @Test
  void shouldDefaultToLocalServersAndDataFolderWhenNothingIsNamed() {
    CommandLine cli = Main.commandLine();
    UpCommand up = (UpCommand) cli.parseArgs("up").subcommand().commandSpec().userObject();

    LaunchSettings settings = LaunchSettings.resolve(up.options, name -> null);

    assertThat(settings.kafkaGiven()).isFalse();
    assertThat(settings.elasticsearchGiven()).isFalse();
    assertThat(settings.kafka().bootstrapServers()).isEqualTo("localhost:9092");
    assertThat(settings.elasticsearch().url()).isEqualTo("http://localhost:9200");
    assertThat(settings.ops().port()).isEqualTo(9400);
    assertThat(settings.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
    assertThat(up.demo).isNull();
  }

  @Test
  void shouldLetCommandLineOverrideConfigurationFile() throws Exception {
    Path file = write("""
        kafka:
          bootstrapServers: kafka.internal:9092
          partitions: 6
        elasticsearch:
          url: https://search.internal:9200
          username: monitor
          password: ${env:ES_PASSWORD}
        ops:
          port: 9401
          shutdownSeconds: 12
        """);
    CommonOptions options = CommonOptions.of(file, "localhost:19092", "http://localhost:19200", null,
        dir.resolve("state"), 9402);

    LaunchSettings settings = LaunchSettings.resolve(options, Map.of("ES_PASSWORD", "pw")::get);

    assertThat(settings.kafka().bootstrapServers()).isEqualTo("localhost:19092");
    assertThat(settings.kafka().partitions()).isEqualTo(6);
    assertThat(settings.elasticsearch().url()).isEqualTo("http://localhost:19200");
    assertThat(settings.elasticsearch().password()).isEqualTo("pw");
    assertThat(settings.ops().port()).isEqualTo(9402);
    assertThat(settings.ops().shutdownSeconds()).isEqualTo(12);
    assertThat(settings.config().raw("kafka").path("bootstrapServers").asText()).isEqualTo("localhost:19092");
    assertThat(settings.config().raw("elasticsearch").path("url").asText()).isEqualTo("http://localhost:19200");
    assertThat(settings.dataDir()).isEqualTo(dir.resolve("state"));
  }

  @Test
  void shouldTreatClustersInConfigurationAsGivenSoNothingStartsLocally() throws Exception {
    Path file = write("""
        kafka:
          bootstrapServers: kafka.internal:9092
        elasticsearch:
          url: http://search.internal:9200
        """);

    LaunchSettings settings = LaunchSettings.resolve(CommonOptions.of(file, null, null, null, null, null),
        name -> null);

    assertThat(settings.kafkaGiven()).isTrue();
    assertThat(settings.elasticsearchGiven()).isTrue();
    assertThat(settings.kafka().bootstrapServers()).isEqualTo("kafka.internal:9092");
  }

  @Test
  void shouldStartOnlyWhatIsNotNamed() {
    LaunchSettings settings = LaunchSettings.resolve(
        CommonOptions.of(null, "broker:9092", null, null, null, null), name -> null);

    assertThat(settings.kafkaGiven()).isTrue();
    assertThat(settings.elasticsearchGiven()).isFalse();
  }

  @Test
  void shouldAppendFeedsToConfiguredSourcesAsPrivateFeeds() throws Exception {
    Path file = write("""
        ingest:
          pollInterval: 5m
          sources:
            - name: ministry
              type: feed
              url: https://ministry.example/rss
        """);
    CommonOptions options = CommonOptions.of(file, null, null,
        java.util.List.of("http://127.0.0.1:8081/feed.xml", "http://127.0.0.1:8082/atom"), null, null);

    LaunchSettings settings = LaunchSettings.resolve(options, name -> null).withFeedSource("demo", "http://d/f");

    var sources = settings.config().raw("ingest").path("sources");
    assertThat(sources).hasSize(4);
    assertThat(sources.get(1).path("name").asText()).isEqualTo("feed-1");
    assertThat(sources.get(1).path("type").asText()).isEqualTo("feed");
    assertThat(sources.get(1).path("url").asText()).isEqualTo("http://127.0.0.1:8081/feed.xml");
    assertThat(sources.get(1).path("allowPrivate").asBoolean()).isTrue();
    assertThat(sources.get(2).path("name").asText()).isEqualTo("feed-2");
    assertThat(sources.get(3).path("name").asText()).isEqualTo("demo");
    assertThat(settings.config().raw("ingest").path("pollInterval").asText()).isEqualTo("5m");
    assertThat(settings.feedUrls()).containsExactly("https://ministry.example/rss",
        "http://127.0.0.1:8081/feed.xml", "http://127.0.0.1:8082/atom", "http://d/f");
  }

  @Test
  void shouldReportConfigurationErrorsWithExitCodeTwo() throws Exception {
    Path file = write("ops:\n  port: 70000\n");
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err));

    int code = cli.execute("index", "--config", file.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("ops.port must be between 0 and 65535");
  }

  @Test
  void shouldPrintUsageWithoutCommand() {
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));

    int code = cli.execute();

    assertThat(code).isEqualTo(2);
    assertThat(out.toString()).contains("up").contains("ingest").contains("demo-feed");
  }

  private Path write(String yaml) throws Exception {
    Path file = dir.resolve("monitor.yml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }
}
