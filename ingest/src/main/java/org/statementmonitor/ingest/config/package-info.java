/**
 * The {@code ingest} configuration section as immutable, validated records: the sources to watch
 * ({@link org.statementmonitor.ingest.config.SourceConfig}), fetching limits and politeness ({@link
 * org.statementmonitor.ingest.config.IngestConfig}), the push endpoint ({@link
 * org.statementmonitor.ingest.config.PushConfig}) and the reloadable sources file ({@link
 * org.statementmonitor.ingest.config.SourcesFile}).
 */
package org.statementmonitor.ingest.config;
