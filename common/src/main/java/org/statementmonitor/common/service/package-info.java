/**
 * The lifecycle contract between the launcher and each service (ingest, enrich, indexer, alerts): a
 * service is built from a {@link org.statementmonitor.common.service.ServiceContext}, started, and
 * closed within a bound on shutdown.
 */
package org.statementmonitor.common.service;
