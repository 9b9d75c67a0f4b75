/**
 * Language identification per statement and per paragraph: script fast paths, an English
 * function-word fast path, and Lingua (a language subset) for the remaining Latin-script text.
 */
package org.statementmonitor.enrich.language;
