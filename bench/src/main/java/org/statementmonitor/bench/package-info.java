/**
 * Benchmarks of the statement monitor, measured against the machine's own ceilings.
 *
 * <p>{@code corpus} generates statements of the genre the monitor watches (appeals, letters to
 * officials, UN cover letters with annexes, news reposts, signatory lists, letterheads in Azerbaijani
 * and Chinese) and alert rules, deterministically from a seed, so every run measures the same input.
 * {@code stages} holds the JMH benchmarks of each hot stage (text extraction, language, entities,
 * duplicate fingerprints, rule matching, JSON). {@code e2e} is the end-to-end load benchmark ({@code
 * bin/monitor bench}): it feeds generated statements into the raw topic of the running pipeline and
 * measures throughput and latency beside the plain Kafka and plain Elasticsearch bulk baselines of the
 * same records in the same run. Benchmarks are not tests: nothing here asserts a timing.
 */
package org.statementmonitor.bench;
