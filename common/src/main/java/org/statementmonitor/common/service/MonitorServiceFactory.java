package org.statementmonitor.common.service;

/**
 * Creates one kind of service. Each service module registers its factory in {@code
 * META-INF/services/org.statementmonitor.common.service.MonitorServiceFactory}, so the launcher finds
 * ingest, enrich, indexer and alerts by {@link #name()} without compile-time coupling.
 */
public interface MonitorServiceFactory {

  /** The service name used on the command line: ingest, enrich, index, alerts. */
  String name();

  /** Order in which {@code bin/monitor up} starts services (lower first); stopped in reverse. */
  default int startOrder() {
    return 100;
  }

  /** Builds (does not start) the service. */
  MonitorService create(ServiceContext context) throws Exception;
}
