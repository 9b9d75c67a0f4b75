package org.statementmonitor.alerts.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statementmonitor.alerts.query.QueryCompiler;

class RuleWatcherTest {

  @TempDir Path dir;

  @Test
  void shouldReloadRulesWhenAFileChangesAndKeepGoodRulesBesideABadOne() throws Exception {
    Files.writeString(dir.resolve("a.yml"), "- {name: first, query: appeal}\n");
    try (RuleBook book = RuleBook.create();
        RuleWatcher watcher = RuleWatcher.start(dir, new RuleParser(QueryCompiler.withDefaults()), book)) {
      assertThat(book.current().rules()).containsOnlyKeys("first");

      Files.writeString(dir.resolve("b.yml"), "- {name: second, query: 'entity.org:\"UN\"'}\n- {name: bad, query: 'title:(x'}\n");

      await().atMost(Duration.ofSeconds(10)).until(() -> book.current().rules().containsKey("second"));
      assertThat(book.current().rules()).containsOnlyKeys("first", "second");
      assertThat(book.current().refused()).singleElement().extracting(RuleProblem::rule).isEqualTo("bad");
      assertThat(book.matcher().size()).isEqualTo(2);

      Files.delete(dir.resolve("a.yml"));
      await().atMost(Duration.ofSeconds(10)).until(() -> !book.current().rules().containsKey("first"));
    }
  }

  @Test
  void shouldRefuseASecondRuleOfTheSameNameFromAnotherFile() throws Exception {
    Files.writeString(dir.resolve("a.yml"), "- {name: same, query: appeal}\n");
    Files.writeString(dir.resolve("b.yml"), "- {name: same, query: letter}\n");

    RuleParse parse = RuleFiles.load(dir, new RuleParser(QueryCompiler.withDefaults()));

    assertThat(parse.rules()).singleElement().extracting(Rule::query).isEqualTo("appeal");
    assertThat(parse.problems()).singleElement().extracting(RuleProblem::message).asString()
        .contains("already used by a rule in").contains("a.yml");
  }
}
