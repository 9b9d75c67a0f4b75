/**
 * Running services in one process: {@link org.statementmonitor.launcher.run.ServiceCatalog} finds the
 * service factories on the class path, {@link org.statementmonitor.launcher.run.ServiceHost} gives them
 * one shared context (configuration, meter registry, ops server, data directory), starts them in
 * order and stops them in reverse order within a bound, then stops the local servers it owns.
 */
package org.statementmonitor.launcher.run;
