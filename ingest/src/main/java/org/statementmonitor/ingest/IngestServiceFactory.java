package org.statementmonitor.ingest;

import org.statementmonitor.common.service.MonitorService;
import org.statementmonitor.common.service.MonitorServiceFactory;
import org.statementmonitor.common.service.ServiceContext;
import org.statementmonitor.ingest.config.IngestConfig;

/** Creates the {@code ingest} service from the {@code ingest} configuration section. */
public final class IngestServiceFactory implements MonitorServiceFactory {

  /** The configuration section and service name. */
  public static final String NAME = "ingest";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int startOrder() {
    return 10;
  }

  @Override
  public MonitorService create(ServiceContext context) {
    return new IngestService(context, context.config().section(NAME, IngestConfig.class));
  }
}
