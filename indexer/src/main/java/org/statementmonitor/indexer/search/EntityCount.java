package org.statementmonitor.indexer.search;

/** An entity's canonical name and the number of statements that mention it. */
public record EntityCount(String name, long statements) {}
