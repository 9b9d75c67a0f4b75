/**
 * Reading records off the enriched and alerts topics: validation (size, JSON, schema version, dates,
 * text length) and mapping to the documents to index. A record that fails is rejected with the
 * reason, which the indexer writes to the dead-letter topic.
 */
package org.statementmonitor.indexer.decode;
