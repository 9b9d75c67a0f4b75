package org.statementmonitor.enrich;

import org.statementmonitor.common.service.MonitorService;
import org.statementmonitor.common.service.MonitorServiceFactory;
import org.statementmonitor.common.service.ServiceContext;
import org.statementmonitor.enrich.analysis.Analyzers;
import org.statementmonitor.enrich.topology.EnrichConfig;

/** Creates the enrich service ({@code bin/monitor enrich}) from the {@code enrich} configuration section. */
public final class EnrichServiceFactory implements MonitorServiceFactory {

  /** Name of the configuration section. */
  public static final String SECTION = "enrich";

  @Override
  public String name() {
    return "enrich";
  }

  @Override
  public int startOrder() {
    return 20;
  }

  @Override
  public MonitorService create(ServiceContext context) {
    EnrichConfig config = context.config().section(SECTION, EnrichConfig.class);
    return new EnrichService(context, config, Analyzers.createDefault(context.config()));
  }
}
