package org.statementmonitor.alerts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statementmonitor.common.json.Json;
import picocli.CommandLine;

class RulesTestCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new RulesCommandProvider().command());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private Path file(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void shouldPrintWhichFilesMatchAndWhyAsJson() throws Exception {
    Path rules = file("rules.yml", """
        - name: return-appeals
          query: '"right of return" AND NOT title:weather'
        """);
    Path appeal = file("appeal.txt", """
        Joint appeal of community organisations

        We, the undersigned organisations, reaffirm the right of return of the families displaced
        from their homes and call on the parties to guarantee it in the peace agreement.
        """);
    Path other = file("notice.html", "<html><head><title>Office closed</title></head>"
        + "<body><p>The office is closed on Monday.</p></body></html>");

    int code = run("test", "--format", "json", rules.toString(), appeal.toString(), other.toString());

    assertThat(code).as(err.toString()).isZero();
    JsonNode results = Json.mapper().readTree(out.toString()).get("results");
    assertThat(results).hasSize(2);
    assertThat(results.get(0).get("file").asText()).endsWith("appeal.txt");
    assertThat(results.get(0).get("matched").asBoolean()).isTrue();
    assertThat(results.get(0).get("why").asText()).contains("rule return-appeals", "text: right of return",
        "reaffirm the right of return of the families");
    assertThat(results.get(1).get("file").asText()).endsWith("notice.html");
    assertThat(results.get(1).get("matched").asBoolean()).isFalse();
  }

  @Test
  void shouldReadTheTitleOfAnHtmlFileWithTika() throws Exception {
    Path rules = file("rules.yml", "- {name: closed, query: 'title:closed'}");
    Path page = file("notice.html", "<html><head><title>Office closed</title></head><body><p>Back on Tuesday.</p></body></html>");

    run("test", "--format", "json", rules.toString(), page.toString());

    JsonNode result = Json.mapper().readTree(out.toString()).get("results").get(0);
    assertThat(result.get("matched").asBoolean()).isTrue();
    assertThat(result.get("why").asText()).contains("title: closed");
  }

  @Test
  void shouldReportARefusedRuleAndStillTestTheOthers() throws Exception {
    Path rules = file("rules.yml", """
        - {name: broken, query: 'title:(appeal'}
        - {name: fine, query: appeal}
        """);
    Path appeal = file("a.txt", "An appeal to the Secretary-General.");

    int code = run("test", rules.toString(), appeal.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("refused", "broken", "column");
    assertThat(out.toString()).contains("MATCH", "a.txt", "rule fine: text: appeal");
  }
}
