package org.statementmonitor.common.service;

/**
 * A long-running part of the pipeline. The launcher owns its lifecycle: it calls {@link #start()}
 * once, and {@link #close()} once on shutdown (SIGTERM or Ctrl-C), which must flush, commit and
 * release everything within a few seconds.
 */
public interface MonitorService extends AutoCloseable {

  /** Short name used in logs, metrics and health checks: ingest, enrich, indexer, alerts. */
  String name();

  /** Starts background work and returns; registers health checks on the context's ops server. */
  void start() throws Exception;

  /** Stops background work, flushing and committing what was done. Never throws. */
  @Override
  void close();
}
