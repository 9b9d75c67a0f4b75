/**
 * Fault tests of the delivery guarantees the README states: each service hard-killed (SIGKILL, no
 * clean shutdown) mid-batch as a child JVM and restarted; the Kafka broker stopped for 30 seconds;
 * the Elasticsearch node stopped for a minute while statements flow. Each test checks the end state
 * on the real servers: every statement indexed exactly once, every enriched record written exactly
 * once, nothing lost.
 */
package org.statementmonitor.faults;
