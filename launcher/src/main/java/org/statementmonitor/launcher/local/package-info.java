/**
 * The local servers of {@code bin/monitor up}: a real Kafka broker (KRaft, in this JVM) and a real
 * Elasticsearch node (a child process under the data directory), started only when no existing
 * cluster was named, and stopped with the launcher.
 */
package org.statementmonitor.launcher.local;
