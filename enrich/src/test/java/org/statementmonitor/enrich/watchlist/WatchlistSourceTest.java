package org.statementmonitor.enrich.watchlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchlistSourceTest {

  @TempDir Path dir;

  @Test
  void shouldSwapInTheNewWatchlistWhenTheFileChanges() throws Exception {
    Path file = dir.resolve("watchlist.yaml");
    Files.writeString(file, "- {id: a, name: Alpha Foundation, type: ORG}\n");
    try (WatchlistSource source = WatchlistSource.open(file, false, true)) {
      assertThat(source.get().find("the Alpha Foundation")).hasSize(1);
      Path tmp = dir.resolve("next.tmp");
      Files.writeString(tmp, "- {id: b, name: Beta Institute, type: ORG}\n");
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      await().atMost(Duration.ofSeconds(30))
          .until(() -> source.get().find("the Beta Institute").size() == 1);
      assertThat(source.get().find("the Alpha Foundation")).isEmpty();
    }
  }

  @Test
  void shouldKeepThePreviousWatchlistWhenTheNewFileIsBroken() throws Exception {
    Path file = dir.resolve("watchlist.yaml");
    Files.writeString(file, "- {id: a, name: Alpha Foundation, type: ORG}\n");
    try (WatchlistSource source = WatchlistSource.open(file, false, false)) {
      Files.writeString(file, "- {name: no id here}\n");
      assertThat(source.reload()).isFalse();
      assertThat(source.get().find("the Alpha Foundation")).hasSize(1);
    }
  }
}
