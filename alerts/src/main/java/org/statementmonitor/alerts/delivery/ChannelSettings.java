package org.statementmonitor.alerts.delivery;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.statementmonitor.common.config.ConfigException;

/**
 * One delivery channel of the {@code alerts.channels} section, by name.
 *
 * <pre>
 * channels:
 *   desk-slack: {type: webhook, url: "${env:SLACK_WEBHOOK}", timeout: 10s}
 *   desk-mail:  {type: email, host: smtp.example.org, port: 587, startTls: true,
 *                username: alerts, password: "${env:SMTP_PASSWORD}", from: alerts@example.org,
 *                to: [desk@example.org]}
 * </pre>
 *
 * @param type webhook or email
 * @param url webhook URL (http or https)
 * @param headers extra HTTP headers of the webhook request (an authorization token...)
 * @param timeout per-attempt timeout (default 10s)
 * @param host SMTP host
 * @param port SMTP port (default 25, or 587 with STARTTLS)
 * @param username SMTP user, or null
 * @param password SMTP password (never logged), or null
 * @param startTls whether to require STARTTLS
 * @param from sender address
 * @param to recipients
 */
public record ChannelSettings(
    String type,
    String url,
    Map<String, String> headers,
    String timeout,
    String host,
    Integer port,
    String username,
    String password,
    Boolean startTls,
    String from,
    List<String> to) {

  public ChannelSettings {
    type = type == null ? "" : type.toLowerCase(Locale.ROOT);
    headers = headers == null ? Map.of() : Map.copyOf(headers);
    to = to == null ? List.of() : List.copyOf(to);
    startTls = startTls != null && startTls;
    timeout = timeout == null ? "10s" : timeout;
    switch (type) {
      case "webhook" -> {
        URI uri;
        try {
          uri = URI.create(url == null ? "" : url);
        } catch (IllegalArgumentException e) {
          throw new ConfigException("webhook channel url is not a URL: " + url, e);
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
          throw new ConfigException("webhook channel url must be http(s)://..., was " + url);
        }
      }
      case "email" -> {
        if (host == null || host.isBlank() || from == null || to.isEmpty()) {
          throw new ConfigException("email channel needs host, from and at least one address in to");
        }
        port = port == null ? (startTls ? 587 : 25) : port;
        if ((username == null) != (password == null)) {
          throw new ConfigException("email channel username and password go together");
        }
      }
      default -> throw new ConfigException("channel type must be webhook or email, was '" + type + "'");
    }
  }

  /** A webhook channel posting to {@code url}. */
  public static ChannelSettings webhook(String url, String timeout) {
    return new ChannelSettings("webhook", url, Map.of(), timeout, null, null, null, null, null, null, null);
  }

  /** An email channel through an SMTP server with no authentication. */
  public static ChannelSettings email(String host, int port, String from, List<String> to, String timeout) {
    return new ChannelSettings("email", null, Map.of(), timeout, host, port, null, null, false, from, to);
  }

  @Override
  public String toString() {
    return "ChannelSettings[type=" + type + ", url=" + (url == null ? null : URI.create(url).getHost())
        + ", host=" + host + ", port=" + port + ", username=" + username + ", password="
        + (password == null ? "none" : "***") + ", to=" + to + "]";
  }
}
