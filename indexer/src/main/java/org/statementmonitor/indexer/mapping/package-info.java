/**
 * The index design: composable index templates with explicit, strict mappings for statements and
 * alerts, monthly backing indices behind the {@code statements} and {@code alerts} aliases, the
 * retention job that deletes months past the retention horizon, and the mapping of the event records
 * to documents.
 */
package org.statementmonitor.indexer.mapping;
