package org.statementmonitor.alerts.decide;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.statementmonitor.common.event.Alert;

/**
 * The alerts of one rule collected for its next digest: kept in the digest store, keyed by rule.
 *
 * @param periodStart start of the digest period
 * @param count alerts in the period
 * @param lines one line per alert (bounded by {@link #MAX_LINES})
 * @param matched what matched, across the period (bounded)
 */
public record DigestState(Instant periodStart, int count, List<String> lines, List<String> matched) {

  /** Most alerts listed in one digest; the rest are counted. */
  public static final int MAX_LINES = 50;

  public DigestState {
    lines = lines == null ? List.of() : List.copyOf(lines);
    matched = matched == null ? List.of() : List.copyOf(matched);
  }

  /** An empty digest for the period starting at {@code start}. */
  public static DigestState open(Instant start) {
    return new DigestState(start, 0, List.of(), List.of());
  }

  /** This digest with one more alert. */
  public DigestState plus(Alert alert) {
    List<String> more = new ArrayList<>(lines);
    if (more.size() < MAX_LINES) {
      more.add(line(alert));
    }
    Set<String> terms = new LinkedHashSet<>(matched);
    for (String m : alert.matched()) {
      if (terms.size() < 30) {
        terms.add(m);
      }
    }
    return new DigestState(periodStart, count + 1, more, new ArrayList<>(terms));
  }

  private static String line(Alert a) {
    StringBuilder b = new StringBuilder("[").append(a.kind()).append("] ");
    b.append(a.title() == null ? a.statementId() : a.title());
    if (a.source() != null) {
      b.append(" (").append(a.source()).append(')');
    }
    if (a.url() != null) {
      b.append(' ').append(a.url());
    }
    return b.toString();
  }
}
