package org.statementmonitor.alerts.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
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
  void shouldNeverLetAReloadThatReadTheFilesEarlierUndoALaterOne() throws Exception {
    try (RuleBook book = RuleBook.create();
        RuleWatcher watcher = RuleWatcher.start(dir, new RuleParser(QueryCompiler.withDefaults()), book)) {
      AtomicBoolean stop = new AtomicBoolean();
      AtomicInteger written = new AtomicInteger();
      AtomicInteger lost = new AtomicInteger();
      // other reloaders (as the watcher thread and the rules API are) run all the time
      List<Thread> others = IntStream.range(0, 3).mapToObj(i -> Thread.ofPlatform().start(() -> {
        while (!stop.get()) {
          watcher.reload();
        }
      })).toList();
      Thread checker = Thread.ofPlatform().start(() -> {
        while (!stop.get()) {
          int expected = written.get();
          if (book.current().rules().size() < expected) {
            lost.incrementAndGet();
          }
        }
      });
      for (int k = 1; k <= 60; k++) {
        Files.writeString(dir.resolve("r" + k + ".yml"), "- {name: rule" + k + ", query: appeal" + k + "}\n");
        watcher.reload();
        written.set(k);
      }
      stop.set(true);
      for (Thread t : others) {
        t.join();
      }
      checker.join();

      assertThat(lost).as("times the rules in force went back to an older read of the files").hasValue(0);
      assertThat(book.current().rules()).hasSize(60);
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
