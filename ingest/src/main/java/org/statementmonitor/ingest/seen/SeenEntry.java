package org.statementmonitor.ingest.seen;

import java.time.Instant;

/**
 * What ingest remembers of a produced statement (the value of the seen topic, keyed by statement id):
 * its seen key (normalised URL or scoped GUID), canonical URL, content hash, version and the
 * validators for the next conditional GET. A source's last visit is kept as an entry whose id is
 * {@code source:<name>}.
 */
public record SeenEntry(
    String id, String key, String url, String contentHash, int version, String etag, String lastModified,
    Instant seenAt) {

  /** The id under which a source's last visit is remembered. */
  public static String sourceMarker(String sourceName) {
    return "source:" + sourceName;
  }

  /** A source's last-visit marker. */
  public static SeenEntry visit(String sourceName, Instant at) {
    return new SeenEntry(sourceMarker(sourceName), null, null, null, 0, null, null, at);
  }
}
