/**
 * JMH benchmarks of each hot stage on generated statements of the genre: text extraction of HTML and
 * PDF, language identification, entity extraction, duplicate fingerprints (MinHash-LSH and passage
 * keys), rule matching with 1,000 and 10,000 rules, and JSON serde of the topic records. Each
 * benchmark cycles through a fixed corpus ({@link org.statementmonitor.bench.stages.Corpus}) so one
 * operation is one statement and the score reads as statements per second per thread.
 */
package org.statementmonitor.bench.stages;
