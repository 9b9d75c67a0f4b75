package org.statementmonitor.indexer.mapping;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of the indices and aliases. Documents live in monthly backing indices ({@code
 * statements-2026.11}, {@code alerts-2026.11}); queries and dashboards go through the aliases {@code
 * statements} and {@code alerts}, which the index templates attach to every new backing index.
 *
 * <p>The month of a statement is that of its published time (its fetched time when the publisher gave
 * none): an attribute of the statement itself, so a replay or an edit of the same statement lands in
 * the same index and overwrites the same document rather than creating a second one in the current
 * month.
 */
public final class IndexLayout {

  /** Alias over every statements index. */
  public static final String STATEMENTS_ALIAS = "statements";
  /** Alias over every alerts index. */
  public static final String ALERTS_ALIAS = "alerts";
  /** Name of the composable index template of statements. */
  public static final String STATEMENTS_TEMPLATE = "monitor-statements";
  /** Name of the composable index template of alerts. */
  public static final String ALERTS_TEMPLATE = "monitor-alerts";

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy.MM");
  private static final Pattern MONTHLY = Pattern.compile("^(statements|alerts)-(\\d{4})\\.(\\d{2})$");

  private IndexLayout() {}

  /** The statements index holding a statement published (or first fetched) at {@code time}. */
  public static String statementsIndex(Instant time) {
    return STATEMENTS_ALIAS + "-" + month(time);
  }

  /** The alerts index holding an alert raised at {@code time}. */
  public static String alertsIndex(Instant time) {
    return ALERTS_ALIAS + "-" + month(time);
  }

  private static String month(Instant time) {
    return MONTH.format(time.atZone(ZoneOffset.UTC));
  }

  /** The month of a backing index named by this layout, or empty for any other name. */
  public static Optional<YearMonth> monthOf(String index) {
    Matcher m = MONTHLY.matcher(index);
    if (!m.matches()) {
      return Optional.empty();
    }
    int month = Integer.parseInt(m.group(3));
    if (month < 1 || month > 12) {
      return Optional.empty();
    }
    return Optional.of(YearMonth.of(Integer.parseInt(m.group(2)), month));
  }
}
