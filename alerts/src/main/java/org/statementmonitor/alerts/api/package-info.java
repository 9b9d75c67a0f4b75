/**
 * The HTTP API that manages rules on the service's ops server: list, read, create or replace, and
 * delete, behind an API key and a request size limit; off until a key is configured.
 */
package org.statementmonitor.alerts.api;
