package org.statementmonitor.common.topic;

import org.apache.kafka.common.serialization.Serdes;
import org.statementmonitor.common.event.Alert;
import org.statementmonitor.common.event.DeadLetter;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.event.Statement;
import org.statementmonitor.common.json.JsonSerde;

/**
 * Every topic of the pipeline. Keys are statement ids (alert ids for alerts), so a replay overwrites
 * rather than duplicates downstream.
 */
public final class Topics {

  /** Statements as ingest found them. Written by ingest, read by enrich. */
  public static final Topic<String, Statement> RAW =
      new Topic<>("monitor.statements.raw", Serdes.String(), JsonSerde.of(Statement.class));

  /** Statements with language, entities, facts and duplicate decision. Written by enrich. */
  public static final Topic<String, EnrichedStatement> ENRICHED =
      new Topic<>("monitor.statements.enriched", Serdes.String(), JsonSerde.of(EnrichedStatement.class));

  /** Alerts raised by rules. Written by alerts, read by the indexer and the channels. */
  public static final Topic<String, Alert> ALERTS =
      new Topic<>("monitor.alerts", Serdes.String(), JsonSerde.of(Alert.class));

  /** Records a stage could not process, with the reason. Written by every stage. */
  public static final Topic<String, DeadLetter> DEAD_LETTERS =
      new Topic<>("monitor.deadletters", Serdes.String(), JsonSerde.of(DeadLetter.class));

  private Topics() {}
}
