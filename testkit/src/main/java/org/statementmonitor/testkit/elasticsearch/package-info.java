/**
 * The test Elasticsearch node: {@link org.statementmonitor.testkit.elasticsearch.ElasticsearchNode} is
 * what a test sees (URL, connection settings, stop/start for outage tests, and a plain-HTTP helper
 * {@link org.statementmonitor.testkit.elasticsearch.ElasticsearchHttp} to refresh, count, get and
 * search); {@link org.statementmonitor.testkit.elasticsearch.ElasticsearchExtension} injects the shared
 * instance into JUnit tests. The testkit does not depend on the Elasticsearch Java client, so modules
 * that never index do not inherit it; modules that do build their client from {@code settings()}.
 */
package org.statementmonitor.testkit.elasticsearch;
