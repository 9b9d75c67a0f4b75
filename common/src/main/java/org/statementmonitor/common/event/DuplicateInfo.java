package org.statementmonitor.common.event;

import java.util.List;

/**
 * The duplicate decision for a statement.
 *
 * @param status ORIGINAL, EXACT_COPY, NEAR_COPY or REUSES_PASSAGES (see {@link DuplicateStatus})
 * @param clusterId shared by all copies of one statement; an original's own id when it has none
 * @param originalId the first-seen statement of the cluster (this statement's id if original)
 * @param similarity estimated Jaccard similarity to the original (1.0 for the original itself)
 * @param containment share of the original's shingles found in this statement
 * @param reused passages shared with earlier statements that this one does not copy
 */
public record DuplicateInfo(
    String status,
    String clusterId,
    String originalId,
    double similarity,
    double containment,
    List<ReusedPassage> reused) {
  public DuplicateInfo {
    reused = reused == null ? List.of() : List.copyOf(reused);
  }

  /** An original with no copies yet. */
  public static DuplicateInfo original(String statementId) {
    return new DuplicateInfo(DuplicateStatus.ORIGINAL.name(), statementId, statementId, 1.0, 1.0,
        List.of());
  }

  /** A passage of at least a sentence that also appears in an earlier statement. */
  public record ReusedPassage(String fromStatementId, int start, int end, String text) {}
}
