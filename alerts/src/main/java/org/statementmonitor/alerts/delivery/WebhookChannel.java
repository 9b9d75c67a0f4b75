package org.statementmonitor.alerts.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.statementmonitor.common.event.Alert;
import org.statementmonitor.common.json.Json;

/**
 * Posts each alert as JSON to a URL: a Slack-compatible {@code text} field plus the alert's fields
 * under {@code alert}. 2xx is delivered; 408, 429 and 5xx, timeouts and connection errors are worth
 * retrying; other answers are refused for good.
 */
public final class WebhookChannel implements Channel {

  private final String name;
  private final URI url;
  private final Map<String, String> headers;
  private final Duration timeout;
  private final HttpClient client;

  public WebhookChannel(String name, URI url, Map<String, String> headers, Duration timeout) {
    this.name = name;
    this.url = url;
    this.headers = Map.copyOf(headers);
    this.timeout = timeout;
    this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  @Override
  public String name() {
    return name;
  }

  /** The JSON body posted for an alert. */
  static byte[] body(Alert alert) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("text", AlertText.slack(alert));
    body.put("alert", alert);
    return Json.toBytes(body);
  }

  @Override
  public void deliver(Alert alert) throws DeliveryException {
    HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
        .header("Content-Type", "application/json; charset=utf-8")
        .header("Idempotency-Key", alert.id())
        .POST(HttpRequest.BodyPublishers.ofByteArray(body(alert)));
    headers.forEach(request::header);
    HttpResponse<Void> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
    } catch (HttpTimeoutException e) {
      throw new DeliveryException("webhook " + name + " did not answer within " + timeout.toMillis() + " ms", true, e);
    } catch (IOException e) {
      throw new DeliveryException("webhook " + name + " unreachable: " + e, true, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryException("interrupted while posting to webhook " + name, true, e);
    }
    int code = response.statusCode();
    if (code / 100 == 2) {
      return;
    }
    boolean retriable = code == 408 || code == 429 || code >= 500;
    throw new DeliveryException("webhook " + name + " answered HTTP " + code, retriable, null);
  }

  @Override
  public void close() {
    client.close();
  }
}
