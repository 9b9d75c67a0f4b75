package org.statementmonitor.common.event;

/** The entity types the enrichment extracts. */
public enum EntityType {
  PERSON,
  ORG,
  LOC,
  DATE,
  QUANTITY,
  LAW,
  DOCREF
}
