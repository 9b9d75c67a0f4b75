package org.statementmonitor.alerts;

import org.statementmonitor.common.service.MonitorService;
import org.statementmonitor.common.service.MonitorServiceFactory;
import org.statementmonitor.common.service.ServiceContext;

/** Creates the {@code alerts} service; registered for the launcher through ServiceLoader. */
public final class AlertsServiceFactory implements MonitorServiceFactory {

  @Override
  public String name() {
    return "alerts";
  }

  @Override
  public int startOrder() {
    return 40;
  }

  @Override
  public MonitorService create(ServiceContext context) {
    return new AlertsService(context);
  }
}
