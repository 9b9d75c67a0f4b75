package org.statementmonitor.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.statementmonitor.alerts.delivery.DeliveryRecord;
import org.statementmonitor.alerts.delivery.KafkaDeliveryLog;
import org.statementmonitor.common.config.ElasticsearchSettings;
import org.statementmonitor.common.config.MonitorConfig;
import org.statementmonitor.common.event.Alert;
import org.statementmonitor.common.event.EnrichedStatement;
import org.statementmonitor.common.ops.Metrics;
import org.statementmonitor.common.ops.OpsServer;
import org.statementmonitor.common.service.ServiceContext;
import org.statementmonitor.common.topic.Topics;
import org.statementmonitor.testkit.kafka.KafkaCluster;
import org.statementmonitor.testkit.kafka.KafkaExtension;

/**
 * The alerts service against a real broker, a local webhook server that answers 500 or hangs, and a
 * GreenMail SMTP server that is down at first.
 */
@ExtendWith(KafkaExtension.class)
class AlertsServiceIT {

  private static final String API_KEY = "it-api-key-0123456789";

  @TempDir Path dataDir;
  private KafkaCluster kafka;
  private HttpServer web;
  private final List<String> hookBodies = new CopyOnWriteArrayList<>();
  private final List<String> hangBodies = new CopyOnWriteArrayList<>();
  private final AtomicInteger hookCalls = new AtomicInteger();
  private final AtomicInteger hangCalls = new AtomicInteger();
  private final CountDownLatch release = new CountDownLatch(1);
  private GreenMail mail;
  private int smtpPort;
  private String uid;

  @BeforeEach
  void startFakes(KafkaCluster kafka) throws IOException {
    this.kafka = kafka;
    this.uid = KafkaCluster.uniqueName("it");
    web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
    web.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    web.createContext("/hook", exchange -> {
      // answers 500 twice, then takes the alert
      if (hookCalls.incrementAndGet() <= 2) {
        answer(exchange, 500);
      } else {
        hookBodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        answer(exchange, 200);
      }
    });
    web.createContext("/hang", exchange -> {
      // hangs (past the client's timeout) twice, then takes the alert
      if (hangCalls.incrementAndGet() <= 2) {
        try {
          release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        exchange.close();
        return;
      }
      hangBodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      answer(exchange, 200);
    });
    web.start();
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      smtpPort = socket.getLocalPort();
    }
    mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  }

  @AfterEach
  void stopFakes() {
    release.countDown();
    web.stop(0);
    mail.stop();
  }

  private static void answer(HttpExchange exchange, int code) throws IOException {
    exchange.getRequestBody().readAllBytes();
    exchange.sendResponseHeaders(code, -1);
    exchange.close();
  }

  private String webUrl(String path) {
    return "http://127.0.0.1:" + web.getAddress().getPort() + path;
  }

  private Path rulesDir() throws IOException {
    return Files.createDirectories(dataDir.resolve("rules"));
  }

  private MonitorConfig config(String deliveryGroup) {
    String yaml = """
        alerts:
          applicationId: %s-app
          rules: %s
          api: {key: %s}
          delivery: {groupId: %s, initialBackoff: 100ms, maxBackoff: 400ms, maxAge: 2m}
          channels:
            hook: {type: webhook, url: "%s", timeout: 2s}
            hang: {type: webhook, url: "%s", timeout: 700ms}
            mail: {type: email, host: 127.0.0.1, port: %d, from: alerts@monitor.test, to: [desk@monitor.test], timeout: 2s}
        """.formatted(uid, dataDir.resolve("rules"), API_KEY, deliveryGroup, webUrl("/hook"), webUrl("/hang"), smtpPort);
    return MonitorConfig.parse(yaml, "it.yml", System::getenv);
  }

  private AlertsService start(MonitorConfig config, OpsServer ops, PrometheusMeterRegistry registry) throws Exception {
    AlertsService service = new AlertsService(new ServiceContext(config, kafka.settings(),
        ElasticsearchSettings.at("http://127.0.0.1:9"), registry, ops, dataDir));
    service.start();
    await().atMost(Duration.ofSeconds(90)).until(() -> service.isProcessing()
        && "UP".equals(ops.healthReport().get("status")));
    return service;
  }

  private EnrichedStatement statement(String id) {
    return StatementFixture.appeal().id(uid + "-" + id).title("Appeal <b>& call</b> " + id).build();
  }

  private List<ConsumerRecord<String, Alert>> alertsOf(String rule) {
    return kafka.readAll(Topics.ALERTS).stream().filter(r -> r.value() != null && rule.equals(r.value().rule())).toList();
  }

  @Test
  void shouldDeliverEveryAlertOnceThroughFailingChannelsAndResendNothingAfterARestart() throws Exception {
    String rule = uid + "-wac";
    Files.writeString(rulesDir().resolve("wac.yml"), """
        - name: %s
          query: 'entity.org:"Western Azerbaijan Community" AND NOT source.tags:state-media'
          channels: [hook, hang, mail]
        """.formatted(rule));
    PrometheusMeterRegistry registry = Metrics.newRegistry();
    try (OpsServer ops = OpsServer.start("127.0.0.1", 0, registry)) {
      AlertsService service = start(config(uid + "-delivery"), ops, registry);
      try {
        // Given the SMTP server is down, the webhook answers 500 and the other hangs
        kafka.send(Topics.ENRICHED, statement("s1").id(), statement("s1"));
        kafka.send(Topics.ENRICHED, statement("s1").id(), statement("s1")); // replayed by enrich

        // Then the webhook gets it once, after its failures, without waiting for the others
        await().atMost(Duration.ofSeconds(30)).until(() -> hookBodies.size() == 1);
        assertThat(hookCalls.get()).isEqualTo(3);
        Map<?, ?> body = org.statementmonitor.common.json.Json.fromString(hookBodies.getFirst(), Map.class);
        assertThat((String) body.get("text")).contains("Western Azerbaijan Community", "&lt;b&gt;");
        assertThat(mail.getReceivedMessages()).isEmpty();

        // When SMTP comes up, the mail arrives, with the statement's markup escaped
        mail.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> mail.getReceivedMessages().length == 1);
        MimeMessage message = mail.getReceivedMessages()[0];
        assertThat(message.getSubject()).contains(rule, "Appeal <b>& call</b> s1");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(message)).contains("&lt;b&gt;&amp; call&lt;/b&gt;");
        await().atMost(Duration.ofSeconds(30)).until(() -> hangBodies.size() == 1);

        // And exactly one alert was raised, recorded as delivered on each channel
        assertThat(alertsOf(rule)).singleElement().satisfies(r -> {
          assertThat(r.key()).isEqualTo(rule + "/" + uid + "-s1");
          assertThat(r.value().matched()).contains("entity.org: Western Azerbaijan Community");
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> deliveriesOf(rule + "/" + uid + "-s1").size() == 3);
        assertThat(registry.scrape()).contains("monitor_alerts_delivered_alerts_total{channel=\"hook\",outcome=\"failed\"}");
      } finally {
        service.close();
      }

    }
    // When the service restarts (another delivery group reads the alerts topic from the start)
    // and enrich replays the statement
    PrometheusMeterRegistry registry2 = Metrics.newRegistry();
    try (OpsServer ops2 = OpsServer.start("127.0.0.1", 0, registry2)) {
      AlertsService again = start(config(uid + "-delivery-2"), ops2, registry2);
      try {
        kafka.send(Topics.ENRICHED, statement("s1").id(), statement("s1"));
        kafka.send(Topics.ENRICHED, statement("s2").id(), statement("s2"));

        // Then only the new statement is delivered, and nothing is sent twice
        await().atMost(Duration.ofSeconds(30)).until(() -> hookBodies.size() == 2 && hangBodies.size() == 2
            && mail.getReceivedMessages().length == 2);
        assertThat(hookBodies.get(1)).contains(uid + "-s2");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> hookBodies.size() == 2
            && hangBodies.size() == 2 && mail.getReceivedMessages().length == 2);
        assertThat(alertsOf(rule)).hasSize(2);
      } finally {
        again.close();
      }
    }
  }

  @Test
  void shouldManageRulesOverTheApiAndApplyThemWithoutARestart() throws Exception {
    PrometheusMeterRegistry registry = Metrics.newRegistry();
    rulesDir();
    try (OpsServer ops = OpsServer.start("127.0.0.1", 0, registry)) {
      AlertsService service = start(config(uid + "-delivery"), ops, registry);
      try {
        HttpClient http = HttpClient.newHttpClient();
        String rule = uid + "-api";
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(ops.url() + "/rules/" + rule))
            .header("X-Api-Key", API_KEY).PUT(HttpRequest.BodyPublishers.ofString("query: 'title:(appeal'\n")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"column\"", "query syntax error");

        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(ops.url() + "/rules/" + rule))
            .header("X-Api-Key", API_KEY)
            // narrowed to this test's statement: the new decision group reads the enriched topic from the
            // start, and the other test's statements name the same organisation
            .PUT(HttpRequest.BodyPublishers.ofString(
                "query: 'entity.org:\"Western Azerbaijan Community\" AND title:api'\nchannels: [hook]\n"))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        hookCalls.set(2); // the webhook answers at once from now on

        kafka.send(Topics.ENRICHED, statement("api").id(), statement("api"));

        await().atMost(Duration.ofSeconds(30)).until(() -> !hookBodies.isEmpty());
        assertThat(hookBodies).singleElement().asString().contains(rule, uid + "-api");
        assertThat(ops.healthReport().toString()).contains("alerts.rules", "loaded=1");
      } finally {
        service.close();
      }
    }
  }

  private List<DeliveryRecord> deliveriesOf(String alertId) {
    return kafka.readAll(KafkaDeliveryLog.TOPIC).stream().map(ConsumerRecord::value)
        .filter(d -> d != null && d.alertId().equals(alertId) && DeliveryRecord.DELIVERED.equals(d.outcome())).toList();
  }
}
