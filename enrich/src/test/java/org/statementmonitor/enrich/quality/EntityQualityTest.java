package org.statementmonitor.enrich.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.statementmonitor.common.event.Entity;
import org.statementmonitor.common.event.EntityType;
import org.statementmonitor.common.event.Statement;
import org.statementmonitor.enrich.analysis.AnalysisSettings;
import org.statementmonitor.enrich.analysis.Analyzers;
import org.statementmonitor.enrich.analysis.DefaultStatementAnalyzer;

/**
 * Precision and recall per entity type on the quality set, reported for the tuning documents and,
 * separately, for the held-out documents; fails below the floors. Watchlist links must be 100%.
 */
class EntityQualityTest {

  /** Floors on the tuning set (targets are recall 0.9 and precision 0.85 per type). */
  private static final double TUNING_RECALL = 0.9;
  private static final double TUNING_PRECISION = 0.85;
  /** Floors on the held-out set: lower, since it measures unseen text honestly. */
  private static final double HELDOUT_RECALL = 0.9;
  private static final double HELDOUT_PRECISION = 0.85;

  /** Floor on the never-tuned set. */
  private static final double UNSEEN_FLOOR = 0.8;

  /** Floor on the second blind set, a little under its measured figures (see docs/enrich-entities.md). */
  private static final double BLIND2_FLOOR = 0.9;

  /**
   * Floors on the third blind set, a little under its figures after the tuning round (recall 0.886
   * at the lowest, precision 0.933; see docs/enrich-entities.md for both runs).
   */
  private static final double BLIND3_RECALL = 0.85;
  private static final double BLIND3_PRECISION = 0.9;

  /**
   * Floors on the fourth blind set, a little under its first run (recall 0.778 at the lowest,
   * precision 0.911; see docs/enrich-entities.md).
   */
  private static final double BLIND4_RECALL = 0.75;
  private static final double BLIND4_PRECISION = 0.85;

  /** Sets whose misses are not printed, so that tuning never reads them. */
  private static final Set<String> BLIND_SETS = Set.of("blind3", "blind4");

  private static DefaultStatementAnalyzer analyzer;

  @BeforeAll
  static void createAnalyzer() {
    analyzer = Analyzers.create(new AnalysisSettings(QualityCorpus.root().resolve("watchlist.yaml"),
        10_000, AnalysisSettings.DEFAULT_MAX_CHARS, true, false));
  }

  @AfterAll
  static void closeAnalyzer() {
    analyzer.close();
  }

  @Test
  void shouldMeetFloorsOnTuningDocuments() {
    Map<String, double[]> scores = score("tuning");
    assertFloors(scores, TUNING_RECALL, TUNING_PRECISION);
  }

  @Test
  void shouldMeetFloorsOnHeldOutDocuments() {
    Map<String, double[]> scores = score("heldout");
    assertFloors(scores, HELDOUT_RECALL, HELDOUT_PRECISION);
  }

  /**
   * Documents written after the rules were tuned and never looked at while tuning: the honest
   * figure for unseen statements. Reported; the floor only catches a collapse.
   */
  @Test
  void shouldReportUnseenDocuments() {
    Map<String, double[]> scores = score("unseen");
    assertFloors(scores, UNSEEN_FLOOR, UNSEEN_FLOOR);
  }

  /**
   * A second blind set (think-tank article with many districts, UN letter with an annex, news
   * repost, signatory list, press release with figures, appeal from the Middle East), its gold
   * written before the recogniser first ran on it.
   */
  @Test
  void shouldReportSecondBlindSet() {
    Map<String, double[]> scores = score("blind2");
    assertFloors(scores, BLIND2_FLOOR, BLIND2_FLOOR);
  }

  /**
   * A third blind set (returns to villages of Karabakh, a UN letter with an annex on a mass grave,
   * a news repost on a landmine, a joint letter with signatories from the Caucasus and Central
   * Asia, an appeal with an Azerbaijani letterhead from Georgia, a press release on evictions in
   * Iran and Türkiye), written with its gold before the recogniser first ran on it, and measured
   * before and after a round of tuning on the other sets.
   */
  @Test
  void shouldReportThirdBlindSet() {
    Map<String, double[]> scores = score("blind3");
    assertFloors(scores, BLIND3_RECALL, BLIND3_PRECISION);
  }

  /**
   * A fourth blind set (villages of the Batken-Sughd borderland, a UN letter with an annex, a news
   * repost with officials quoted without titles, a joint appeal with signatories from the Balkans, an
   * NGO press release full of figures, an appeal under an Azerbaijani letterhead, a statement on
   * Sinjar, an op-ed on the Middle Corridor), written by someone who had not read the recogniser,
   * its lexicons or the other sets, with its gold, before the recogniser first ran on it.
   */
  @Test
  void shouldReportFourthBlindSet() {
    Map<String, double[]> scores = score("blind4");
    assertFloors(scores, BLIND4_RECALL, BLIND4_PRECISION);
  }

  @Test
  void shouldLinkEveryWatchlistAlias() {
    List<String> misses = new ArrayList<>();
    int total = 0;
    for (String set : List.of("tuning", "heldout")) {
      for (QualityCorpus.Document doc : QualityCorpus.load(set)) {
        List<Entity> entities = analyse(doc);
        for (QualityCorpus.Watch w : doc.watches()) {
          for (int at : occurrences(doc, w.text())) {
            total++;
            boolean linked = entities.stream().anyMatch(e -> w.id().equals(e.watchlistId())
                && e.start() <= at && e.end() >= at + w.text().length());
            if (!linked) {
              misses.add(doc.name() + ": " + w.id() + " '" + w.text() + "' @" + at);
            }
          }
        }
      }
    }
    assertThat(total).isGreaterThan(10);
    assertThat(misses).as("watchlist occurrences not linked").isEmpty();
  }

  private static List<Entity> analyse(QualityCorpus.Document doc) {
    Statement s = new Statement(Statement.SCHEMA_VERSION, doc.name(), 1, false, null, null, null, null,
        null, null, "text/plain", doc.text(), null, null);
    return analyzer.analyze(s).entities();
  }

  /** type -> {goldFound, goldTotal, predCorrect, predTotal}. */
  private static Map<String, double[]> score(String set) {
    Map<String, double[]> counts = new TreeMap<>();
    List<String> details = new ArrayList<>();
    for (QualityCorpus.Document doc : QualityCorpus.load(set)) {
      List<Entity> entities = analyse(doc);
      for (QualityCorpus.Gold g : doc.gold()) {
        double[] c = counts.computeIfAbsent(g.type(), k -> new double[4]);
        c[1]++;
        List<Integer> at = occurrences(doc, g.text());
        assertThat(at).as("gold text not in %s: %s", doc.name(), g.text()).isNotEmpty();
        boolean found = entities.stream().anyMatch(e -> e.type().equals(g.type())
            && at.stream().anyMatch(a -> e.start() < a + g.text().length() && a < e.end()));
        if (found) {
          c[0]++;
        } else {
          details.add("  missed    " + doc.name() + "  " + g.type() + "  " + g.text());
        }
      }
      Set<String> keys = new LinkedHashSet<>();
      entities.forEach(e -> keys.add(e.type() + "\t" + e.text()));
      for (String key : keys) {
        String type = key.substring(0, key.indexOf('\t'));
        double[] c = counts.computeIfAbsent(type, k -> new double[4]);
        c[3]++;
        boolean correct = entities.stream().filter(e -> key.equals(e.type() + "\t" + e.text()))
            .anyMatch(e -> doc.gold().stream().filter(g -> g.type().equals(type)).anyMatch(g ->
                occurrences(doc, g.text()).stream().anyMatch(a -> e.start() < a + g.text().length() && a < e.end())));
        if (correct) {
          c[2]++;
        } else {
          details.add("  spurious  " + doc.name() + "  " + key.replace('\t', ' ').replace('\n', ' '));
        }
      }
    }
    StringBuilder report = new StringBuilder("Entity quality, " + set + " set\n");
    report.append(String.format(Locale.ROOT, "  %-9s %6s %6s %5s %5s%n", "type", "recall", "prec", "gold", "pred"));
    for (Map.Entry<String, double[]> e : counts.entrySet()) {
      double[] c = e.getValue();
      report.append(String.format(Locale.ROOT, "  %-9s %6.3f %6.3f %5d %5d%n", e.getKey(), ratio(c[0], c[1]),
          ratio(c[2], c[3]), (int) c[1], (int) c[3]));
    }
    if (!BLIND_SETS.contains(set)) {
      details.forEach(d -> report.append(d).append('\n'));
    }
    System.out.println(report);
    return counts;
  }

  private static void assertFloors(Map<String, double[]> scores, double recall, double precision) {
    for (EntityType type : EntityType.values()) {
      double[] c = scores.get(type.name());
      if (c == null) {
        continue;
      }
      if (c[1] > 0) {
        assertThat(ratio(c[0], c[1])).as("recall of %s", type).isGreaterThanOrEqualTo(recall);
      }
      if (c[3] > 0) {
        assertThat(ratio(c[2], c[3])).as("precision of %s", type).isGreaterThanOrEqualTo(precision);
      }
    }
  }

  private static double ratio(double a, double b) {
    return b == 0 ? 1.0 : a / b;
  }

  private static List<Integer> occurrences(QualityCorpus.Document doc, String text) {
    List<Integer> out = new ArrayList<>();
    for (int i = doc.text().indexOf(text); i >= 0; i = doc.text().indexOf(text, i + 1)) {
      out.add(i);
    }
    return out;
  }
}
