/**
 * A local Elasticsearch node run as a child process from the Maven Central distribution
 * ({@code org.elasticsearch.distribution.integ-test-zip:elasticsearch}, fetched by the build).
 *
 * <p>{@link org.statementmonitor.embedded.elasticsearch.ElasticsearchDistribution} finds the zip and
 * unpacks it once (read-only, shared by runs); {@link org.statementmonitor.embedded.elasticsearch.NodeConfig}
 * renders the single-node configuration of a run directory (config, data, logs);
 * {@link org.statementmonitor.embedded.elasticsearch.ServiceUser} runs the node as an unprivileged user
 * when this JVM is root (Elasticsearch refuses root); {@link org.statementmonitor.embedded.elasticsearch.ProcessTree}
 * stops the process and everything it started; {@link org.statementmonitor.embedded.elasticsearch.LocalElasticsearch}
 * ties them into a node that can be started, stopped and started again on the same data.
 */
package org.statementmonitor.embedded.elasticsearch;
