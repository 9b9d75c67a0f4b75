package org.statementmonitor.indexer;

import java.time.Clock;
import org.statementmonitor.common.service.MonitorService;
import org.statementmonitor.common.service.MonitorServiceFactory;
import org.statementmonitor.common.service.ServiceContext;

/** Creates the indexer ({@code bin/monitor index}) from the {@code indexer} configuration section. */
public final class IndexerServiceFactory implements MonitorServiceFactory {

  /** Name of the configuration section. */
  public static final String SECTION = "indexer";

  @Override
  public String name() {
    return "index";
  }

  @Override
  public int startOrder() {
    return 30;
  }

  @Override
  public MonitorService create(ServiceContext context) {
    return new IndexerService(context, context.config().section(SECTION, IndexerConfig.class),
        Clock.systemUTC());
  }
}
