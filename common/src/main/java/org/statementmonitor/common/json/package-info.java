/** JSON for the records on the topics: one configured {@code ObjectMapper} and Kafka serdes over it. */
package org.statementmonitor.common.json;
