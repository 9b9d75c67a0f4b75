/**
 * Operations: every service's Prometheus scrape endpoint ({@code /metrics}) and health endpoint
 * ({@code /health}, 200 when every check is up, 503 otherwise, with each check's detail as JSON).
 */
package org.statementmonitor.common.ops;
