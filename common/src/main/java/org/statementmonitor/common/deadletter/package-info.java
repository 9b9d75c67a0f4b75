/** Writing records that a stage cannot process to the dead-letter topic, with the reason. */
package org.statementmonitor.common.deadletter;
