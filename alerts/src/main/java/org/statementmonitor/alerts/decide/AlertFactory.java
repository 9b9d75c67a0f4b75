package org.statementmonitor.alerts.decide;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.statementmonitor.alerts.matching.RuleMatch;
import org.statementmonitor.alerts.matching.Snippets;
import org.statementmonitor.alerts.rules.Durations;
import org.statementmonitor.alerts.rules.Rule;
import org.statementmonitor.common.event.Alert;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.event.Statement;

/**
 * Builds the {@link Alert} records: ids that make a replay overwrite rather than repeat (rule and
 * statement, rule and spike bucket, rule and digest period), and a message that says why.
 */
public final class AlertFactory {

  private AlertFactory() {}

  /** The id of a rule's alert on a statement. */
  public static String statementAlertId(String rule, String statementId) {
    return rule + "/" + statementId;
  }

  /** An alert for a statement that matched a rule (kinds match and new_source). */
  public static Alert forMatch(Rule rule, String kind, EnrichedStatement s, RuleMatch match, String cluster,
      int suppressed, Instant now) {
    Statement st = s.statement();
    String message = "Rule " + rule.name() + " matched \"" + title(st) + "\" from " + source(st)
        + (kind.equals("new_source") ? " (a source new to this rule)" : "")
        + ": " + String.join("; ", match.matched());
    return new Alert(Alert.SCHEMA_VERSION, statementAlertId(rule.name(), st.id()), rule.name(), kind, st.id(),
        cluster, st.title(), st.url(), source(st), published(st), now, match.matched(), match.snippet(),
        message, suppressed);
  }

  /** An alert for a copy of an original that matched a pickup rule. */
  public static Alert forPickup(Rule rule, EnrichedStatement copy, PickupWatch original, RuleMatch match,
      String cluster, int suppressed, Instant now) {
    Statement st = copy.statement();
    Duration delay = original.published() == null || published(st) == null ? null
        : Duration.between(original.published(), published(st));
    String after = delay == null ? "" : " " + (delay.isNegative() ? "0s" : Durations.format(round(delay))) + " after the original";
    String message = "Picked up by " + source(st) + after + ": \"" + title(st) + "\" copies \""
        + (original.title() == null ? original.originalId() : original.title()) + "\" from " + original.source()
        + " (rule " + rule.name() + ")";
    List<String> matched = match != null ? match.matched() : List.of("copy of: " + original.originalId());
    String snippet = match != null ? match.snippet() : Snippets.lead(st.text());
    return new Alert(Alert.SCHEMA_VERSION, statementAlertId(rule.name(), st.id()), rule.name(), "pickup", st.id(),
        cluster, st.title(), st.url(), source(st), published(st), now, matched, snippet, message, suppressed);
  }

  /** A spike alert: {@code count} matches in the window ending at {@code bucket}. */
  public static Alert forSpike(Rule rule, SpikeDetector.Verdict verdict, long bucketStart, EnrichedStatement last,
      RuleMatch match, int suppressed, Instant now) {
    Statement st = last.statement();
    String why = verdict.baseline() > 0 || rule.spike().multiple() != null
        ? String.format(java.util.Locale.ROOT, " (baseline %.1f per window)", verdict.baseline()) : "";
    String message = "Spike on rule " + rule.name() + ": " + verdict.count() + " matching statements in "
        + Durations.format(rule.spike().window()) + why + "; latest \"" + title(st) + "\" from " + source(st);
    return new Alert(Alert.SCHEMA_VERSION, rule.name() + "/spike/" + Instant.ofEpochMilli(bucketStart), rule.name(),
        "spike", st.id(), null, st.title(), st.url(), source(st), published(st), now, match.matched(),
        match.snippet(), message, suppressed);
  }

  /** The digest of a rule's alerts over one period. */
  public static Alert forDigest(String rule, DigestState digest, Instant periodEnd, Instant now) {
    StringBuilder message = new StringBuilder()
        .append(digest.count()).append(" alert").append(digest.count() == 1 ? "" : "s")
        .append(" for rule ").append(rule).append(" between ").append(digest.periodStart())
        .append(" and ").append(periodEnd).append(':');
    digest.lines().forEach(l -> message.append("\n- ").append(l));
    if (digest.count() > digest.lines().size()) {
      message.append("\n… and ").append(digest.count() - digest.lines().size()).append(" more");
    }
    return new Alert(Alert.SCHEMA_VERSION, rule + "/digest/" + digest.periodStart(), rule, "digest", null, null,
        "Digest: " + rule, null, null, digest.periodStart(), now, digest.matched(), null, message.toString(), 0);
  }

  private static Duration round(Duration d) {
    return d.toMinutes() >= 1 ? Duration.ofMinutes(d.toMinutes()) : Duration.ofSeconds(Math.max(1, d.toSeconds()));
  }

  static Instant published(Statement st) {
    return st.published() != null ? st.published() : st.fetched();
  }

  private static String title(Statement st) {
    return st.title() == null || st.title().isBlank() ? st.id() : st.title();
  }

  private static String source(Statement st) {
    return st.source() == null ? "unknown source" : st.source().name();
  }
}
