/** Connecting to Elasticsearch: client construction from the shared settings, ping, shutdown. */
package org.statementmonitor.indexer.client;
