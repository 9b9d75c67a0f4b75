package org.statementmonitor.common.event;

/** How a statement relates to the statements seen before it. */
public enum DuplicateStatus {
  ORIGINAL,
  EXACT_COPY,
  NEAR_COPY,
  REUSES_PASSAGES
}
