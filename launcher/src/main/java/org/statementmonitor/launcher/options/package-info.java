/**
 * Command-line options and their merge with the YAML configuration: {@link
 * org.statementmonitor.launcher.options.CommonOptions} (what the user typed) becomes {@link
 * org.statementmonitor.launcher.options.LaunchSettings} (what the process runs with), the command line
 * winning over the file and the file over the defaults.
 */
package org.statementmonitor.launcher.options;
