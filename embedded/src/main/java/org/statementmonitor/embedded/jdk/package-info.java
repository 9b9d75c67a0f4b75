/**
 * Finding a Java installation of a required version on this machine, for child processes that need
 * a newer Java than the one a user happens to have on the PATH (Elasticsearch 9 needs 21+).
 */
package org.statementmonitor.embedded.jdk;
