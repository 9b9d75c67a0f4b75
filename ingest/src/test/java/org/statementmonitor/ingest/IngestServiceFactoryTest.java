package org.statementmonitor.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.statementmonitor.common.service.MonitorServiceFactory;

class IngestServiceFactoryTest {

  @Test
  void shouldBeFoundByTheLauncherUnderItsName() {
    assertThat(ServiceLoader.load(MonitorServiceFactory.class).stream().map(ServiceLoader.Provider::get))
        .filteredOn(f -> f.name().equals("ingest"))
        .singleElement().isInstanceOf(IngestServiceFactory.class);
  }
}
