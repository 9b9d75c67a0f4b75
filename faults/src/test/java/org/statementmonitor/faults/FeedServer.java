package org.statementmonitor.faults;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A news site on 127.0.0.1: an RSS feed of {@code items} entries at {@code /feed.xml} and one HTML page
 * per entry at {@code /statements/N}. After {@code servedFreely} pages it holds further page requests
 * until {@link #openGate()}, so a test can kill the poller while items are in flight.
 */
final class FeedServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final int items;
  private final int servedFreely;
  private final AtomicInteger pagesServed = new AtomicInteger();
  private final CountDownLatch gate = new CountDownLatch(1);

  FeedServer(int items, int servedFreely) throws IOException {
    this.items = items;
    this.servedFreely = servedFreely;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/feed.xml", this::feed);
    server.createContext("/statements/", this::page);
    server.createContext("/robots.txt", ex -> respond(ex, 404, "text/plain", ""));
    server.setExecutor(executor);
    server.start();
  }

  String feedUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
  }

  int pagesServed() {
    return pagesServed.get();
  }

  void openGate() {
    gate.countDown();
  }

  private void feed(HttpExchange ex) throws IOException {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
        + "<title>Community statements</title><link>http://127.0.0.1/</link><description>Appeals</description>");
    for (int i = items - 1; i >= 0; i--) {
      xml.append("<item><title>Appeal number ").append(i).append("</title><link>").append(pageUrl(i))
          .append("</link><guid>").append(pageUrl(i)).append("</guid><pubDate>Mon, 02 Nov 2026 10:")
          .append(String.format(java.util.Locale.ROOT, "%02d:%02d", (i / 60) % 60, i % 60))
          .append(" GMT</pubDate></item>");
    }
    xml.append("</channel></rss>");
    respond(ex, 200, "application/rss+xml; charset=utf-8", xml.toString());
  }

  private void page(HttpExchange ex) throws IOException {
    String n = ex.getRequestURI().getPath().substring("/statements/".length());
    if (pagesServed.get() >= servedFreely) {
      try {
        if (!gate.await(2, TimeUnit.MINUTES)) {
          respond(ex, 503, "text/plain", "gate closed");
          return;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    pagesServed.incrementAndGet();
    String html = "<html><head><title>Appeal number " + n + "</title></head><body><article><h1>Appeal number " + n
        + "</h1><p>Baku, 2 November 2026. The Community Council calls on the international organisations to "
        + "press for the return of displaced families, case " + n + ".</p><p>The Council reminds the authorities "
        + "of their obligations under the agreements signed in Geneva and asks for access to the archives of "
        + "case " + n + " without further delay.</p></article></body></html>";
    respond(ex, 200, "text/html; charset=utf-8", html);
  }

  private String pageUrl(int i) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/statements/" + i;
  }

  private static void respond(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    try (ex; OutputStream out = ex.getResponseBody()) {
      ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        out.write(bytes);
      }
    } catch (IOException e) {
      // the poller was killed while waiting: nothing to answer
    }
  }

  @Override
  public void close() {
    gate.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
