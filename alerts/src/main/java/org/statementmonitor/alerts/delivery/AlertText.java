package org.statementmonitor.alerts.delivery;

import java.util.stream.Collectors;
import org.statementmonitor.common.event.Alert;

/**
 * Renders an alert as text for people: plain text for webhooks (Slack-compatible: {@code &}, {@code <}
 * and {@code >} escaped, so text from a statement cannot mention a channel or forge a link) and HTML
 * for email (every value escaped). Values are only ever inserted, never interpreted as a template.
 */
public final class AlertText {

  private AlertText() {}

  /** One-line subject for email: no line breaks, bounded length. */
  public static String subject(Alert a) {
    String s = "[" + a.kind() + "] " + a.rule() + ": " + (a.title() == null ? a.id() : a.title());
    s = s.replaceAll("[\\r\\n\\t]+", " ");
    return s.length() > 200 ? s.substring(0, 199) + "…" : s;
  }

  /** Plain text: the message, why, the snippet, the link and times. */
  public static String plain(Alert a) {
    StringBuilder b = new StringBuilder(a.message() == null ? subject(a) : a.message());
    if (a.snippet() != null && !a.snippet().isBlank()) {
      b.append("\n> ").append(a.snippet().replace("\n", " "));
    }
    if (!a.matched().isEmpty() && !"digest".equals(a.kind())) {
      b.append("\nMatched: ").append(String.join("; ", a.matched()));
    }
    if (a.url() != null) {
      b.append("\n").append(a.url());
    }
    if (a.published() != null) {
      b.append("\nPublished ").append(a.published());
    }
    if (a.suppressed() > 0) {
      b.append("\n(").append(a.suppressed()).append(" more alerts of this rule were held back by its throttle)");
    }
    return b.toString();
  }

  /** Plain text escaped for Slack's message formatting. */
  public static String slack(Alert a) {
    return plain(a).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** An HTML body with every value escaped. */
  public static String html(Alert a) {
    StringBuilder b = new StringBuilder("<html><body>");
    if (a.title() != null) {
      b.append("<h3>").append(escape(a.title())).append("</h3>");
    }
    b.append("<p><b>").append(escape(a.message() == null ? subject(a) : a.message()).replace("\n", "<br>"))
        .append("</b></p>");
    if (a.snippet() != null && !a.snippet().isBlank()) {
      b.append("<blockquote>").append(escape(a.snippet())).append("</blockquote>");
    }
    if (!a.matched().isEmpty()) {
      b.append("<p>Matched: ").append(a.matched().stream().map(AlertText::escape).collect(Collectors.joining("; ")))
          .append("</p>");
    }
    if (a.url() != null && (a.url().startsWith("http://") || a.url().startsWith("https://"))) {
      b.append("<p><a href=\"").append(escape(a.url())).append("\">").append(escape(a.url())).append("</a></p>");
    }
    b.append("<p>Rule ").append(escape(a.rule())).append(", source ").append(escape(String.valueOf(a.source())))
        .append(", published ").append(escape(String.valueOf(a.published()))).append("</p>");
    if (a.suppressed() > 0) {
      b.append("<p>").append(a.suppressed()).append(" more alerts of this rule were held back by its throttle.</p>");
    }
    return b.append("</body></html>").toString();
  }

  /** Escapes text for HTML element content and attribute values. */
  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
