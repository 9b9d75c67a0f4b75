/** How the launcher's logs are written: plain lines or one JSON object per line. */
package org.statementmonitor.launcher.logging;
