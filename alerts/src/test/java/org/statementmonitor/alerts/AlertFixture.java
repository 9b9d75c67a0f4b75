package org.statementmonitor.alerts;

import java.time.Instant;
import java.util.List;
import org.statementmonitor.common.event.Alert;

/** Alerts for delivery tests. */
public final class AlertFixture {

  private AlertFixture() {}

  public static Alert match(String rule, String statementId) {
    return new Alert(Alert.SCHEMA_VERSION, rule + "/" + statementId, rule, "match", statementId, statementId,
        "Appeal on the rights of displaced families", "https://example.org/" + statementId, "wac-site",
        Instant.parse("2026-03-02T09:00:00Z"), Instant.parse("2026-03-02T09:00:01Z"),
        List.of("entity.org: Western Azerbaijan Community"),
        "… the Western Azerbaijan Community calls on the international community …",
        "Rule " + rule + " matched \"Appeal on the rights of displaced families\" from wac-site", 0);
  }

  /** An alert whose statement text carries markup and template syntax. */
  public static Alert hostile(String rule) {
    return new Alert(Alert.SCHEMA_VERSION, rule + "/evil", rule, "match", "evil", "evil",
        "<script>alert(1)</script> ${jndi:ldap://x} {{7*7}}", "javascript:alert(1)", "site <b>",
        Instant.parse("2026-03-02T09:00:00Z"), Instant.parse("2026-03-02T09:00:01Z"), List.of("text: <img src=x>"),
        "<!channel> & <a href='x'>click</a> ${env:HOME}", "Rule " + rule + " matched <b>bold</b>", 3);
  }
}
