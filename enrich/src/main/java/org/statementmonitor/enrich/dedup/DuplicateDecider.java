package org.statementmonitor.enrich.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.statementmonitor.common.event.DuplicateInfo;
import org.statementmonitor.common.event.DuplicateInfo.ReusedPassage;
import org.statementmonitor.common.event.DuplicateStatus;
import org.statementmonitor.enrich.dedup.Fingerprint.SentenceKey;
import org.statementmonitor.enrich.dedup.Fingerprint.Zone;

/**
 * Decides a statement's duplicate status from what the index lookups found: an earlier statement
 * with the same exact key makes it an exact copy; else the earliest earlier candidate that {@link
 * DuplicatePolicy#isCopy(Match) verifies} makes it a near copy; else sentences shared with earlier
 * statements become reused passages. "Earlier" is the order (timestamp, id hash), so every instance
 * and the offline detector break ties the same way. Stateless.
 *
 * <p>Boilerplate rule for passages: only prose sentences of at least {@link
 * Fingerprinter#MIN_SENTENCE_WORDS} words count (letterheads, dates, titles and signatory lists are
 * furniture, see {@link ContentSegmenter}); a sentence at the same edge of both statements (both in
 * the first 15% of their prose, or both in the last 15%) is an organisation's letterhead or "about us"
 * footer and is not reported.
 */
public final class DuplicateDecider {

  private DuplicateDecider() {}

  /** Order of statements: by timestamp, ties broken by id hash. */
  public static boolean isEarlier(long ts, long idHash, long otherTs, long otherIdHash) {
    return ts < otherTs || (ts == otherTs && idHash < otherIdHash);
  }

  /**
   * The decision for a probe.
   *
   * @param exactHits id hashes of statements under the probe's exact key
   * @param candidates every earlier statement the lookups found, resolved and compared, by id hash
   * @param sentenceHits for each of the probe's sentences (same order), the entries under its key
   */
  public static DuplicateInfo decide(String id, long idHash, long ts, Fingerprint fp,
      Set<Long> exactHits, Map<Long, Candidate> candidates, List<List<IndexEntry>> sentenceHits,
      DuplicatePolicy policy) {
    Comparator<Candidate> order = Comparator.comparingLong(Candidate::timestamp)
        .thenComparingLong(Candidate::idHash);
    List<Candidate> earlier = candidates.values().stream()
        .filter(c -> isEarlier(c.timestamp(), c.idHash(), ts, idHash))
        .sorted(order).toList();
    for (Candidate c : earlier) {
      if (exactHits.contains(c.idHash())) {
        return new DuplicateInfo(DuplicateStatus.EXACT_COPY.name(), c.id(), c.id(), 1.0, 1.0, List.of());
      }
    }
    for (Candidate c : earlier) {
      if (c.match() != null && policy.isCopy(c.match())) {
        Match m = c.match();
        return new DuplicateInfo(DuplicateStatus.NEAR_COPY.name(), c.id(), c.id(), round(m.similarity()),
            round(m.containmentOfEarlier()), List.of());
      }
    }
    List<ReusedPassage> passages = passages(idHash, ts, fp, candidates, sentenceHits);
    if (passages.isEmpty()) {
      return DuplicateInfo.original(id);
    }
    return new DuplicateInfo(DuplicateStatus.REUSES_PASSAGES.name(), id, id, 1.0, 1.0, passages);
  }

  private static List<ReusedPassage> passages(long idHash, long ts, Fingerprint fp,
      Map<Long, Candidate> candidates, List<List<IndexEntry>> sentenceHits) {
    List<ReusedPassage> out = new ArrayList<>();
    List<SentenceKey> sentences = fp.sentences();
    String openFrom = null;
    int openStart = -1;
    int openEnd = -1;
    for (int i = 0; i < sentences.size() && i < sentenceHits.size(); i++) {
      SentenceKey s = sentences.get(i);
      String from = reusedFrom(s, sentenceHits.get(i), idHash, ts, candidates);
      if (from != null && from.equals(openFrom)) {
        openEnd = s.end();
        continue;
      }
      if (openFrom != null) {
        out.add(new ReusedPassage(openFrom, openStart, openEnd, fp.text().substring(openStart, openEnd)));
      }
      openFrom = from;
      openStart = s.start();
      openEnd = s.end();
    }
    if (openFrom != null) {
      out.add(new ReusedPassage(openFrom, openStart, openEnd, fp.text().substring(openStart, openEnd)));
    }
    return out;
  }

  private static String reusedFrom(SentenceKey s, List<IndexEntry> hits, long idHash, long ts,
      Map<Long, Candidate> candidates) {
    List<IndexEntry> others = IndexBucket.others(hits, idHash);
    IndexEntry source = null;
    for (IndexEntry e : others) {
      boolean sameEdge = s.zone() != Zone.BODY && s.zone() == e.zone();
      if (!sameEdge && e.isBefore(idHash, ts) && candidates.containsKey(e.idHash())
          && (source == null || e.isBefore(source.idHash(), source.timestamp()))) {
        source = e;
      }
    }
    return source == null ? null : candidates.get(source.idHash()).id();
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
