package org.statementmonitor.enrich.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statementmonitor.common.json.Json;
import org.statementmonitor.common.service.CommandProvider;
import picocli.CommandLine;

class AnalyzeCommandTest {

  @TempDir Path dir;

  private String run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new AnalyzeCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    lastExit = cli.execute(args);
    return out.toString();
  }

  private int lastExit;

  @Test
  void shouldPrintJsonForTextAndHtmlFilesInADirectory() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "The Western Azerbaijan Community wrote to the OSCE on 5 October 2023.");
    Files.writeString(dir.resolve("b.html"), "<html><head><title>Letter</title></head><body><p>Aziz Alakbarli visited Baku.</p></body></html>");
    Path watchlist = dir.resolve("watch").resolve("w.yaml");
    Files.createDirectories(watchlist.getParent());
    Files.writeString(watchlist, "- {id: alakbarli, name: Aziz Alakbarli, type: PERSON}\n");
    JsonNode root = Json.mapper().readTree(run("--watchlist", watchlist.toString(),
        dir.resolve("a.txt").toString(), dir.resolve("b.html").toString()));
    assertThat(lastExit).isZero();
    JsonNode docs = root.get("documents");
    assertThat(docs).hasSize(2);
    JsonNode first = docs.get(0);
    assertThat(first.get("file").asText()).endsWith("a.txt");
    assertThat(first.get("language").asText()).isEqualTo("en");
    JsonNode entity = first.get("entities").get(0);
    assertThat(entity.fieldNames()).toIterable().contains("type", "text", "canonical", "start", "end");
    assertThat(first.get("entities").findValuesAsText("text")).contains("Western Azerbaijan Community", "OSCE", "5 October 2023");
    JsonNode second = docs.get(1);
    assertThat(second.get("entities").findValuesAsText("watchlistId")).contains("alakbarli");
  }

  @Test
  void shouldWalkDirectoriesAndReportUnreadableFilesWithoutStopping() throws Exception {
    Files.writeString(dir.resolve("ok.txt"), "Baku and Yerevan.");
    Files.write(dir.resolve("broken.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1, 2});
    JsonNode root = Json.mapper().readTree(run(dir.toString()));
    assertThat(root.get("documents")).hasSize(2);
    assertThat(lastExit).isEqualTo(1);
    assertThat(root.get("documents").findValuesAsText("file")).anyMatch(f -> f.endsWith("ok.txt"));
    assertThat(root.get("documents").get(0).has("error")).isTrue();
  }

  @Test
  void shouldMarkACopyOfAnEarlierFile() throws Exception {
    String appeal = """
        The Western Azerbaijan Community calls on the international community to support the safe and
        dignified return of Azerbaijanis expelled from Armenia. The Community recalls the Universal
        Declaration of Human Rights and the International Covenant on Civil and Political Rights.
        It asks the United Nations and all international organizations to assist this return within an
        international process, and to ensure the realization of individual and collective rights.
        """;
    Files.writeString(dir.resolve("1-appeal.txt"), appeal);
    Files.writeString(dir.resolve("2-repost.txt"), "Baku, 3 May (News). " + appeal);
    JsonNode root = Json.mapper().readTree(run(dir.toString()));
    JsonNode docs = root.get("documents");
    assertThat(docs.get(1).get("duplicateOf").asText()).endsWith("1-appeal.txt");
    assertThat(docs.get(1).get("cluster").asText()).isEqualTo(docs.get(0).get("cluster").asText());
    assertThat(root.has("reused")).isTrue();
  }

  @Test
  void shouldPrintReadableText() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Aziz Alakbarli – Chairman of the Western Azerbaijan Community\n");
    String out = run("--format", "text", dir.resolve("a.txt").toString());
    assertThat(out).contains("== ").contains("PERSON").contains("Aziz Alakbarli").contains("(Chairman)");
  }

  @Test
  void shouldBeRegisteredForTheLauncher() {
    assertThat(ServiceLoader.load(CommandProvider.class).stream().map(ServiceLoader.Provider::get))
        .anyMatch(p -> p.command() instanceof AnalyzeCommand);
  }
}
