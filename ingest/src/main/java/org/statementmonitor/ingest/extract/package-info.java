/**
 * From fetched bytes to statement text: {@link org.statementmonitor.ingest.extract.DocumentExtractor}
 * dispatches HTML to {@link org.statementmonitor.ingest.extract.HtmlExtractor} (jsoup: main content
 * without page furniture, metadata from JSON-LD, meta tags and time elements) and every other document
 * type to {@link org.statementmonitor.ingest.extract.TikaExtractor} (Apache Tika with write, depth,
 * compression-ratio and time limits); {@link org.statementmonitor.ingest.extract.TextDecoding} picks the
 * charset.
 */
package org.statementmonitor.ingest.extract;
