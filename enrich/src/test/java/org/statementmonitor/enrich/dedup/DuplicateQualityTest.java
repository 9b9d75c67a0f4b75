package org.statementmonitor.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.statementmonitor.common.event.DuplicateStatus;

/** Pairwise precision and recall of the detector on a generated test set of copies and negatives. */
class DuplicateQualityTest {

  @Test
  void shouldClusterCopiesWithPairwisePrecisionAndRecallAboveTheBar() {
    for (long seed : new long[] {1, 2, 3, 4, 5, 6}) {
      DuplicateCorpus corpus = DuplicateCorpus.generate(seed, 5, 8);
      OfflineDuplicates.Report report = OfflineDuplicates.analyze(corpus.documents());
      PairCounts counts = PairCounts.of(corpus.truth(), report.documents().stream()
          .map(OfflineDuplicates.Result::cluster).toList());
      System.out.printf("seed %d: %d documents, %s%n", seed, corpus.documents().size(), counts);
      assertThat(counts.precision()).as("pairwise precision, seed %d", seed).isGreaterThanOrEqualTo(0.99);
      assertThat(counts.recall()).as("pairwise recall, seed %d", seed).isGreaterThanOrEqualTo(0.97);
    }
  }

  @Test
  void shouldReportReusedParagraphWithoutCallingItACopy() {
    DuplicateCorpus corpus = DuplicateCorpus.generate(7, 4, 8);
    OfflineDuplicates.Report report = OfflineDuplicates.analyze(corpus.documents());
    assertThat(corpus.reusers()).hasSizeGreaterThan(4);
    int found = 0;
    for (OfflineDuplicates.Result r : report.documents()) {
      if (corpus.reusers().contains(r.id())) {
        assertThat(r.duplicateOf()).as(r.id()).isNull();
        if (r.info().status().equals(DuplicateStatus.REUSES_PASSAGES.name())) {
          found++;
        }
      }
    }
    // sentences are sampled for the index (bounded state), so a short reused paragraph can be missed
    assertThat(found).as("reusers found").isGreaterThanOrEqualTo(corpus.reusers().size() * 8 / 10);
  }

  @Test
  void shouldNotCountSharedLetterheadFooterOrSignatoriesAsReuse() {
    DuplicateCorpus corpus = DuplicateCorpus.generate(8, 3, 8);
    OfflineDuplicates.Report report = OfflineDuplicates.analyze(corpus.documents());
    for (OfflineDuplicates.Result r : report.documents()) {
      if (r.id().matches("org\\d+-statement\\d+")) {
        assertThat(r.info().status()).as(r.id()).isEqualTo(DuplicateStatus.ORIGINAL.name());
      }
    }
  }

  /** Pair counts of a predicted clustering against the truth. */
  record PairCounts(long truePositives, long falsePositives, long falseNegatives) {
    static PairCounts of(List<String> truth, List<String> predicted) {
      long tp = 0;
      long fp = 0;
      long fn = 0;
      for (int i = 0; i < truth.size(); i++) {
        for (int j = i + 1; j < truth.size(); j++) {
          boolean same = truth.get(i).equals(truth.get(j));
          boolean said = predicted.get(i).equals(predicted.get(j));
          if (same && said) {
            tp++;
          } else if (said) {
            fp++;
          } else if (same) {
            fn++;
          }
        }
      }
      return new PairCounts(tp, fp, fn);
    }

    double precision() {
      return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
    }

    double recall() {
      return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "tp=%d fp=%d fn=%d precision=%.4f recall=%.4f",
          truePositives, falsePositives, falseNegatives, precision(), recall());
    }
  }
}
