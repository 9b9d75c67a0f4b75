package org.statementmonitor.alerts.decide;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An original that matched pickup rules: copies of it (same duplicate cluster) raise pickup alerts
 * for these rules. Kept in the pickups store, keyed by cluster id.
 *
 * @param originalId the original statement
 * @param source its source
 * @param title its title
 * @param published when it was published
 * @param rules pickup rules it matched
 * @param at when the watch was last written (for expiry)
 */
public record PickupWatch(String originalId, String source, String title, Instant published,
    List<String> rules, Instant at) {

  /** Most rules remembered per original. */
  public static final int MAX_RULES = 1_000;

  public PickupWatch {
    rules = rules == null ? List.of() : List.copyOf(rules);
  }

  /** This watch with one more rule. */
  public PickupWatch plus(String rule, Instant now) {
    if (rules.contains(rule) || rules.size() >= MAX_RULES) {
      return this;
    }
    List<String> more = new ArrayList<>(rules);
    more.add(rule);
    return new PickupWatch(originalId, source, title, published, more, now);
  }
}
