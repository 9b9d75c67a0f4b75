package org.statementmonitor.enrich.analyze;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.statementmonitor.enrich.dedup.OfflineDuplicates;

/**
 * Adds duplicate clusters to an {@code analyze} report with the same detector the topology uses
 * ({@link OfflineDuplicates}), the files taken in the order given: per document {@code cluster} and
 * {@code duplicateOf} (when it copies an earlier file), and top-level {@code reused} (passages a file
 * takes from an earlier one without being a copy of it).
 */
final class DuplicateAnnotator implements AnalyzeReport.CorpusAnnotator {

  @Override
  public void annotate(List<AnalyzeReport.DocumentResult> documents, ObjectNode root, List<ObjectNode> nodes) {
    List<OfflineDuplicates.Document> readable = new ArrayList<>();
    for (AnalyzeReport.DocumentResult d : documents) {
      if (d.error() == null) {
        readable.add(new OfflineDuplicates.Document(d.file(), d.text()));
      }
    }
    OfflineDuplicates.Report report = OfflineDuplicates.analyze(readable);
    Map<String, OfflineDuplicates.Result> byFile = new HashMap<>();
    report.documents().forEach(r -> byFile.put(r.id(), r));
    for (int i = 0; i < documents.size(); i++) {
      OfflineDuplicates.Result r = byFile.get(documents.get(i).file());
      if (r != null) {
        nodes.get(i).put("cluster", r.cluster());
        if (r.duplicateOf() != null) {
          nodes.get(i).put("duplicateOf", r.duplicateOf());
        }
      }
    }
    ArrayNode reused = root.putArray("reused");
    for (OfflineDuplicates.Reuse u : report.reused()) {
      ObjectNode n = reused.addObject();
      n.put("from", u.from());
      n.put("to", u.to());
      n.put("start", u.start());
      n.put("end", u.end());
      n.put("text", u.text());
    }
  }
}
