package org.statementmonitor.enrich.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.statementmonitor.common.event.DuplicateInfo;
import org.statementmonitor.common.event.DuplicateStatus;
import org.statementmonitor.enrich.dedup.Fingerprint.SentenceKey;

/**
 * Duplicate detection over documents given in order, in memory: the {@code analyze} command's view
 * of what the topology does on a stream. It uses the same {@link Fingerprinter}, {@link IndexBucket}
 * rules, {@link Sketch} comparison and {@link DuplicateDecider} as the topology; only the indexes are
 * maps instead of partitioned state stores. Not thread-safe; one instance per run.
 *
 * <pre>{@code
 * OfflineDuplicates.Report report = OfflineDuplicates.analyze(List.of(
 *     new OfflineDuplicates.Document("a.txt", textA),
 *     new OfflineDuplicates.Document("b.txt", textB)));
 * report.documents().get(1).duplicateOf(); // "a.txt" when b copies a
 * report.reused();                          // passages b reuses from a, when it is not a copy
 * }</pre>
 */
public final class OfflineDuplicates {

  /** A document to analyse: its id (for example a file name) and its text. */
  public record Document(String id, String text) {}

  /**
   * The decision for one document.
   *
   * @param cluster shared by all copies of a statement; a document with no copies has its own id
   * @param duplicateOf the document it copies, or null
   * @param info the full decision as the topology writes it (status, similarity, containment, passages)
   */
  public record Result(String id, String cluster, String duplicateOf, DuplicateInfo info) {}

  /** A passage of {@code to} that also appears in the earlier {@code from}. */
  public record Reuse(String from, String to, int start, int end, String text) {}

  /** Decisions in input order, and every reused passage. */
  public record Report(List<Result> documents, List<Reuse> reused) {}

  private record Remembered(String id, long timestamp, Sketch sketch) {}

  private final DuplicatePolicy policy;
  private final Map<Long, List<IndexEntry>> index = new HashMap<>();
  private final Map<Long, Remembered> signatures = new HashMap<>();
  private final Map<String, String> clusters = new HashMap<>();
  private long clock;

  /** A detector with the given policy. */
  public OfflineDuplicates(DuplicatePolicy policy) {
    this.policy = policy;
  }

  /** Analyses documents as if they arrived in the order given, with the default policy. */
  public static Report analyze(List<Document> documents) {
    OfflineDuplicates detector = new OfflineDuplicates(DuplicatePolicy.DEFAULT);
    List<Result> results = new ArrayList<>();
    List<Reuse> reused = new ArrayList<>();
    for (Document d : documents) {
      Result r = detector.add(d.id(), d.text());
      results.add(r);
      for (DuplicateInfo.ReusedPassage p : r.info().reused()) {
        reused.add(new Reuse(p.fromStatementId(), d.id(), p.start(), p.end(), p.text()));
      }
    }
    return new Report(results, reused);
  }

  /** Adds the next document and returns its decision. */
  public Result add(String id, String text) {
    long ts = clock++;
    long idHash = IndexBucket.idHash(id);
    Fingerprint fp = Fingerprinter.fingerprint(text == null ? "" : text);
    if (!fp.clusterable()) {
      clusters.put(id, id);
      return new Result(id, id, null, DuplicateInfo.original(id));
    }
    Set<Long> exactHits = ids(lookupAndRemember(fp.exactKey(), idHash, ts, null, true,
        policy.bandBucketCap()));
    Set<Long> found = new HashSet<>(exactHits);
    for (long band : fp.bandKeys()) {
      found.addAll(ids(lookupAndRemember(band, idHash, ts, null, true, policy.bandBucketCap())));
    }
    List<List<IndexEntry>> sentenceHits = new ArrayList<>();
    for (SentenceKey s : fp.sentences()) {
      List<IndexEntry> hits = lookupAndRemember(s.key(), idHash, ts, s.zone(), s.indexed(),
          policy.sentenceBucketCap());
      sentenceHits.add(hits);
      found.addAll(ids(hits));
    }
    Map<Long, Candidate> candidates = new HashMap<>();
    for (long h : found) {
      Remembered r = signatures.get(h);
      if (r != null && h != idHash) {
        candidates.put(h, new Candidate(r.id(), h, r.timestamp(), r.sketch().compare(fp.sketch())));
      }
    }
    signatures.put(idHash, new Remembered(id, ts, fp.sketch()));
    DuplicateInfo info = DuplicateDecider.decide(id, idHash, ts, fp, exactHits, candidates,
        sentenceHits, policy);
    boolean copy = info.status().equals(DuplicateStatus.EXACT_COPY.name())
        || info.status().equals(DuplicateStatus.NEAR_COPY.name());
    String cluster = copy ? clusters.getOrDefault(info.originalId(), info.originalId()) : id;
    clusters.put(id, cluster);
    DuplicateInfo withCluster = new DuplicateInfo(info.status(), cluster, info.originalId(),
        info.similarity(), info.containment(), info.reused());
    return new Result(id, cluster, copy ? info.originalId() : null, withCluster);
  }

  private List<IndexEntry> lookupAndRemember(long key, long idHash, long ts, Fingerprint.Zone zone,
      boolean remember, int cap) {
    List<IndexEntry> bucket = index.computeIfAbsent(key, k -> new ArrayList<>(2));
    List<IndexEntry> hits = IndexBucket.others(bucket, idHash);
    if (remember && IndexBucket.shouldRemember(bucket, idHash, cap)) {
      bucket.add(new IndexEntry(idHash, ts, zone));
    }
    return hits;
  }

  private static Set<Long> ids(List<IndexEntry> entries) {
    Set<Long> out = new HashSet<>();
    for (IndexEntry e : entries) {
      out.add(e.idHash());
    }
    return out;
  }
}
