package org.statementmonitor.enrich.analyze;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.statementmonitor.common.event.Entity;
import org.statementmonitor.enrich.analysis.Analysis;

/**
 * The result of an {@code analyze} run and its two renderings. JSON:
 * {@code {"documents":[{"file":..,"language":..,"entities":[{"type":..,"text":..,"canonical":..,
 * "start":..,"end":..}]}]}}, with optional keys ({@code watchlistId}, {@code normalized},
 * {@code unit}, {@code role}, {@code flags}, {@code error}). Corpus-level annotations (duplicate
 * clusters: per-document {@code cluster}/{@code duplicateOf}, top-level {@code reused}) are added
 * through {@link CorpusAnnotator}, applied after every document is analysed.
 */
final class AnalyzeReport {

  /** One analysed file, or the error that kept it from being analysed. */
  record DocumentResult(String file, String text, Analysis analysis, String error) {}

  /** Adds corpus-level keys once all documents are known; the default adds none. */
  interface CorpusAnnotator {
    CorpusAnnotator NONE = (documents, root, nodes) -> {};

    /** Adds keys to the root and to each document node (same order as {@code documents}). */
    void annotate(List<DocumentResult> documents, ObjectNode root, List<ObjectNode> nodes);
  }

  private final List<DocumentResult> documents = new ArrayList<>();

  void add(DocumentResult result) {
    documents.add(result);
  }

  List<DocumentResult> documents() {
    return documents;
  }

  boolean hasErrors() {
    return documents.stream().anyMatch(d -> d.error() != null);
  }

  ObjectNode toJson(CorpusAnnotator annotator) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    ArrayNode docs = root.putArray("documents");
    List<ObjectNode> nodes = new ArrayList<>();
    for (DocumentResult d : documents) {
      ObjectNode doc = docs.addObject();
      nodes.add(doc);
      doc.put("file", d.file());
      if (d.error() != null) {
        doc.put("error", d.error());
        doc.putNull("language");
        doc.putArray("entities");
        continue;
      }
      Analysis a = d.analysis();
      doc.put("language", a.language().code());
      doc.put("languageConfidence", a.language().confidence());
      ArrayNode entities = doc.putArray("entities");
      for (Entity e : a.entities()) {
        ObjectNode n = entities.addObject();
        n.put("type", e.type());
        n.put("text", e.text());
        n.put("canonical", e.canonical());
        n.put("start", e.start());
        n.put("end", e.end());
        putIfPresent(n, "watchlistId", e.watchlistId());
        putIfPresent(n, "normalized", e.normalized());
        putIfPresent(n, "unit", e.unit());
        putIfPresent(n, "role", e.role());
      }
      if (a.facts() != null) {
        ObjectNode facts = doc.putObject("facts");
        facts.put("wordCount", a.facts().wordCount());
        putIfPresent(facts, "kind", a.facts().kind());
        putIfPresent(facts, "lead", a.facts().lead());
      }
      if (!a.flags().isEmpty()) {
        ArrayNode flags = doc.putArray("flags");
        a.flags().forEach(flags::add);
      }
    }
    annotator.annotate(documents, root, nodes);
    return root;
  }

  String toText() {
    StringBuilder out = new StringBuilder();
    for (DocumentResult d : documents) {
      out.append("== ").append(d.file());
      if (d.error() != null) {
        out.append("\n   error: ").append(d.error()).append("\n\n");
        continue;
      }
      Analysis a = d.analysis();
      out.append(String.format(Locale.ROOT, "  [%s %.2f, %d words%s%s]%n", a.language().code(),
          a.language().confidence(), a.facts().wordCount(),
          a.facts().kind() == null ? "" : ", " + a.facts().kind(),
          a.flags().isEmpty() ? "" : ", " + String.join(", ", a.flags())));
      for (Entity e : a.entities()) {
        out.append(String.format(Locale.ROOT, "   %-8s %-45s %s%s%s  @%d-%d%n", e.type(),
            e.text().replaceAll("\\s+", " "),
            e.canonical().equals(e.text()) ? "" : "→ " + e.canonical(),
            e.watchlistId() == null ? "" : "  [" + e.watchlistId() + "]",
            e.normalized() == null ? (e.role() == null ? "" : "  (" + e.role() + ")") : "  = " + e.normalized(),
            e.start(), e.end()));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static void putIfPresent(ObjectNode node, String key, String value) {
    if (value != null) {
      node.put(key, value);
    }
  }
}
