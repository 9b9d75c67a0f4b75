/**
 * The end-to-end load benchmark, {@code bin/monitor bench}.
 *
 * <p>{@link org.statementmonitor.bench.e2e.BenchCommand} parses the options; {@link
 * org.statementmonitor.bench.e2e.LoadBenchmark} runs one measurement: it starts the embedded broker and
 * the local Elasticsearch node ({@link org.statementmonitor.bench.e2e.Clusters}) unless pointed at
 * existing ones, measures the plain Kafka baseline ({@link org.statementmonitor.bench.e2e.KafkaBaseline}),
 * starts the pipeline services found through {@code ServiceLoader<MonitorServiceFactory>} ({@link
 * org.statementmonitor.bench.e2e.Pipeline}) with generated rules whose alerts go to a local webhook
 * ({@link org.statementmonitor.bench.e2e.WebhookReceiver}), produces generated statements straight to
 * the raw topic (HTTP ingest is bypassed), and watches them arrive enriched, indexed and alerted
 * ({@link org.statementmonitor.bench.e2e.Observers}) while {@link
 * org.statementmonitor.bench.e2e.ResourceSampler} samples lag, heap, CPU, threads, files and state.
 * The plain bulk baseline ({@link org.statementmonitor.bench.e2e.BulkBaseline}) indexes the same
 * documents into a separate index of the same node. {@link org.statementmonitor.bench.e2e.BenchReport}
 * writes the JSON report, the Markdown table and the SVG latency plot.
 */
package org.statementmonitor.bench.e2e;
