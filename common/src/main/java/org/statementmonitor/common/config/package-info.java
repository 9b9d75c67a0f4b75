/**
 * Configuration: one YAML file (or none) read into a tree; each service binds its own section to an
 * immutable record validated in its compact constructor. Secrets come from environment variables or
 * files ({@code ${env:NAME}}, {@code ${file:/path}}), never from the file itself, and are never logged.
 */
package org.statementmonitor.common.config;
