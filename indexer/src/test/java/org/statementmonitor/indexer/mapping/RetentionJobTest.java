package org.statementmonitor.indexer.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionJobTest {

  private static final List<String> INDICES = List.of("statements-2024.09", "statements-2024.10",
      "statements-2024.11", "statements-2026.11", "alerts-2024.10", "alerts-2026.11", "statements-custom",
      "statements-2024.13", ".kibana_1");

  @Test
  void shouldExpireMonthsBeforeTheRetentionHorizon() {
    assertThat(RetentionJob.expired(INDICES, YearMonth.of(2026, 11), 24))
        .containsExactly("alerts-2024.10", "statements-2024.09", "statements-2024.10");
  }

  @Test
  void shouldKeepEverythingWithZeroRetention() {
    assertThat(RetentionJob.expired(INDICES, YearMonth.of(2026, 11), 0)).isEmpty();
  }

  @Test
  void shouldNeverExpireCurrentMonth() {
    assertThat(RetentionJob.expired(INDICES, YearMonth.of(2026, 11), 1)).doesNotContain("statements-2026.11");
  }
}
