package org.statementmonitor.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.statementmonitor.common.config.ConfigException;
import org.statementmonitor.common.config.MonitorConfig;
import org.statementmonitor.common.topic.Topics;

class IndexerConfigTest {

  private static IndexerConfig parse(String yaml) {
    return MonitorConfig.parse(yaml, "test.yml", System::getenv)
        .section(IndexerServiceFactory.SECTION, IndexerConfig.class);
  }

  @Test
  void shouldFillDefaultsForAnEmptySection() {
    IndexerConfig config = parse("indexer: {}\n");

    assertThat(config.bulkActions()).isEqualTo(1000);
    assertThat(config.maxPendingRecords()).isEqualTo(10_000);
  }

  @Test
  void shouldConsumeAlertsUnlessTurnedOff() {
    assertThat(parse("indexer: {}\n").topics()).containsExactly(Topics.ENRICHED.name(), Topics.ALERTS.name());
    assertThat(parse("indexer: {indexAlerts: false}\n").topics()).containsExactly(Topics.ENRICHED.name());
  }

  @Test
  void shouldRefuseMorePendingRecordsThanAPickupRoundCanLookUpInOneQuery() {
    assertThat(parse("indexer: {maxPendingRecords: 50000}\n").maxPendingRecords()).isEqualTo(50_000);
    assertThatThrownBy(() -> parse("indexer: {maxPendingRecords: 70000}\n"))
        .hasRootCauseInstanceOf(ConfigException.class)
        .rootCause().hasMessageContaining("indexer.maxPendingRecords must be <= 50000, was 70000");
    assertThatThrownBy(() -> parse("indexer: {maxPendingRecords: 0}\n"))
        .rootCause().hasMessageContaining("indexer.maxPendingRecords must be >= 1, was 0");
  }
}
