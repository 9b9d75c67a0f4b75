package org.statementmonitor.indexer.mapping;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.statementmonitor.common.event.Alert;

/** Maps an {@link Alert} to the document of the alerts template, indexed under the alert id. */
public final class AlertDocument {

  private AlertDocument() {}

  /** The index an alert belongs to: by the month it was raised (published when unknown). */
  public static String indexFor(Alert alert) {
    return IndexLayout.alertsIndex(monthTime(alert));
  }

  /** The time that decides the monthly index. */
  public static Instant monthTime(Alert alert) {
    if (alert.raised() != null) {
      return alert.raised();
    }
    return alert.published() != null ? alert.published() : Instant.EPOCH;
  }

  /** The document. */
  public static ObjectNode toDocument(Alert alert) {
    ObjectNode doc = JsonNodeFactory.instance.objectNode();
    doc.put("id", alert.id());
    doc.put("rule", alert.rule());
    doc.put("kind", alert.kind());
    doc.put("statement_id", alert.statementId());
    doc.put("cluster_id", alert.clusterId());
    doc.put("title", alert.title());
    doc.put("url", alert.url());
    doc.put("source", alert.source());
    if (alert.published() != null) {
      doc.put("published", alert.published().toString());
    }
    doc.put("raised", monthTime(alert).toString());
    var matched = doc.putArray("matched");
    alert.matched().forEach(matched::add);
    doc.put("snippet", alert.snippet());
    doc.put("message", alert.message());
    doc.put("suppressed", alert.suppressed());
    return doc;
  }
}
