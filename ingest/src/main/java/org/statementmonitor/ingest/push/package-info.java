/**
 * The HTTP push endpoint ({@link org.statementmonitor.ingest.push.PushEndpoint}): integrations POST a
 * JSON statement or a file, authenticated by API key and bounded in size; pushed items go through the
 * same newness, extraction and exactly-once path as polled ones.
 */
package org.statementmonitor.ingest.push;
