package org.statementmonitor.launcher.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.MDC;

/**
 * The shipped logback configuration: plain lines by default, one JSON object per line with {@code
 * MONITOR_LOG_FORMAT=json}, and in both the id of the statement a line is about.
 */
class LogFormatTest {

  @Test
  void shouldWriteOneJsonObjectPerLineWithTheStatementId() throws Exception {
    List<String> lines = logWith("json");

    JsonNode line = new ObjectMapper().readTree(lines.getFirst());
    assertThat(line.get("level").asText()).isEqualTo("INFO");
    assertThat(line.get("loggerName").asText()).isEqualTo("org.statementmonitor.test");
    assertThat(line.get("formattedMessage").asText()).isEqualTo("indexed statement 4f2a in 12 ms");
    assertThat(line.get("mdc").get("statementId").asText()).isEqualTo("4f2a");
    JsonNode other = new ObjectMapper().readTree(lines.get(1));
    assertThat(other.get("formattedMessage").asText()).isEqualTo("poll finished");
    assertThat(other.path("mdc").path("statementId").isMissingNode()).isTrue();
  }

  @Test
  void shouldWritePlainLinesWithTheStatementIdByDefault() throws Exception {
    List<String> lines = logWith(null);

    assertThat(lines.getFirst()).contains("INFO", "org.statementmonitor.test - [4f2a] indexed statement 4f2a in 12 ms");
    assertThat(lines.get(1)).endsWith("org.statementmonitor.test - poll finished");
  }

  private static List<String> logWith(String format) throws Exception {
    PrintStream stderr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(MDC.getMDCAdapter());
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      if (format != null) {
        context.putProperty("MONITOR_LOG_FORMAT", format);
      }
      JoranConfigurator configurator = new JoranConfigurator();
      configurator.setContext(context);
      configurator.doConfigure(LogFormatTest.class.getResource("/logback.xml"));
      Logger log = context.getLogger("org.statementmonitor.test");
      try (MDC.MDCCloseable ignored = MDC.putCloseable("statementId", "4f2a")) {
        log.info("indexed statement {} in {} ms", "4f2a", 12);
      }
      log.info("poll finished");
    } finally {
      context.stop();
      System.setErr(stderr);
    }
    return captured.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
