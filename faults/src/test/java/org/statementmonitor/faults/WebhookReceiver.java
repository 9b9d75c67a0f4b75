package org.statementmonitor.faults;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook endpoint on 127.0.0.1 that counts the alerts it accepted (answered 200) per
 * {@code Idempotency-Key}. After {@code acceptedFreely} alerts it holds further requests until
 * {@link #openGate()} and then refuses the held ones with 503, as a receiver whose caller went away
 * before it answered.
 */
final class WebhookReceiver implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final int acceptedFreely;
  private final Map<String, Integer> accepted = new ConcurrentHashMap<>();
  private final AtomicInteger held = new AtomicInteger();
  private final CountDownLatch gate = new CountDownLatch(1);

  WebhookReceiver(int acceptedFreely) throws IOException {
    this.acceptedFreely = acceptedFreely;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/hook", this::receive);
    server.setExecutor(executor);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  /** Accepted deliveries per alert id (the Idempotency-Key header). */
  Map<String, Integer> accepted() {
    return Map.copyOf(accepted);
  }

  int held() {
    return held.get();
  }

  void openGate() {
    gate.countDown();
  }

  private void receive(HttpExchange ex) throws IOException {
    try (ex) {
      ex.getRequestBody().readAllBytes();
      String key = String.valueOf(ex.getRequestHeaders().getFirst("Idempotency-Key"));
      if (gate.getCount() > 0 && sum() >= acceptedFreely) {
        held.incrementAndGet();
        try {
          gate.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        ex.sendResponseHeaders(503, -1);
        return;
      }
      accepted.merge(key, 1, Integer::sum);
      ex.sendResponseHeaders(200, -1);
    } catch (IOException e) {
      // the caller was killed: nothing to answer
    }
  }

  private int sum() {
    return accepted.values().stream().mapToInt(Integer::intValue).sum();
  }

  @Override
  public void close() {
    gate.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
