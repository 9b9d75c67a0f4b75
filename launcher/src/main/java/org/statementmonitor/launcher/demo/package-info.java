/**
 * The demo feed: a handful of statements written for the demo (fictional organisations, in the genre
 * the monitor watches: appeals with bilingual letterheads, a news repost of an appeal, a joint
 * statement with a long signatory list, a cover letter with an annex, a letter reusing a paragraph),
 * served as RSS and HTML from a local HTTP server.
 */
package org.statementmonitor.launcher.demo;
