/**
 * Reading sources into {@link org.statementmonitor.ingest.source.SourceItem}s: {@link
 * org.statementmonitor.ingest.source.FeedReader} (RSS, Atom, JSON Feed) and {@link
 * org.statementmonitor.ingest.source.SitemapReader} (sitemaps, news sitemaps, indexes). Pure parsing:
 * no I/O.
 */
package org.statementmonitor.ingest.source;
