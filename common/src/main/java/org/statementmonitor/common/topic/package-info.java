/** The topics of the pipeline, declared once as typed descriptors. */
package org.statementmonitor.common.topic;
