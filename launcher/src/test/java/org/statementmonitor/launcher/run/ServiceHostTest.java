package org.statementmonitor.launcher.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statementmonitor.common.service.MonitorService;
import org.statementmonitor.common.service.MonitorServiceFactory;
import org.statementmonitor.common.service.ServiceContext;
import org.statementmonitor.launcher.options.CommonOptions;
import org.statementmonitor.launcher.options.LaunchSettings;

class ServiceHostTest {

  @TempDir
  Path dir;

  private final List<String> events = new CopyOnWriteArrayList<>();

  @Test
  void shouldStartInOrderAndStopServicesInReverseThenServers() throws Exception {
    ServiceCatalog catalog = ServiceCatalog.of(List.of(factory("index", 30), factory("ingest", 10),
        factory("enrich", 20)));
    ServiceHost host = new ServiceHost(Duration.ofSeconds(5));
    host.own("kafka", () -> events.add("close kafka"));
    host.own("elasticsearch", () -> events.add("close elasticsearch"));
    host.open(settings());

    for (MonitorServiceFactory factory : catalog.inStartOrder()) {
      host.start(factory);
    }
    host.close();

    assertThat(host.serviceNames()).isEmpty();
    assertThat(events).containsExactly("start ingest", "start enrich", "start index",
        "close index", "close enrich", "close ingest", "close elasticsearch", "close kafka");
    assertThat(catalog.missing()).containsExactly("alerts");
  }

  @Test
  void shouldServeHealthAndMetricsWhileRunning() throws Exception {
    try (ServiceHost host = new ServiceHost(Duration.ofSeconds(5))) {
      ServiceContext context = host.open(settings());
      host.start(factory("ingest", 10));
      context.registry().counter("monitor.test.things").increment();

      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(host.ops().url() + "/health"))
          .build(), HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(host.ops().url() + "/metrics"))
          .build(), HttpResponse.BodyHandlers.ofString());

      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("\"launcher\"").contains("ingest");
      assertThat(metrics.body()).contains("monitor_test_things_total").contains("jvm_memory_used_bytes");
      assertThat(context.dataDir()).isEqualTo(dir);
    }
  }

  @Test
  void shouldGiveUpOnServiceThatHangsAndStillStopTheServers() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    ServiceHost host = new ServiceHost(Duration.ofMillis(300));
    host.own("kafka", () -> events.add("close kafka"));
    host.open(settings());
    host.start(service("stuck", () -> never.await()));
    long started = System.nanoTime();

    host.close();

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    assertThat(events).containsExactly("start stuck", "close kafka");
  }

  @Test
  void shouldCloseServiceWhoseStartFailed() throws Exception {
    try (ServiceHost host = new ServiceHost(Duration.ofSeconds(5))) {
      host.open(settings());
      MonitorServiceFactory failing = new MonitorServiceFactory() {
        @Override
        public String name() {
          return "enrich";
        }

        @Override
        public MonitorService create(ServiceContext context) {
          return new Recording("enrich", () -> { }) {
            @Override
            public void start() {
              throw new IllegalStateException("topic missing");
            }
          };
        }
      };

      assertThatThrownBy(() -> host.start(failing)).hasMessage("topic missing");
      assertThat(events).containsExactly("close enrich");
      assertThat(host.serviceNames()).isEmpty();
    }
  }

  @Test
  void shouldCloseServerStartedAfterShutdownBegan() throws Exception {
    ServiceHost host = new ServiceHost(Duration.ofSeconds(5));
    host.close();

    assertThatThrownBy(() -> host.own("late node", () -> events.add("close late node")))
        .hasMessageContaining("late node");
    assertThat(events).containsExactly("close late node");
  }

  @Test
  void shouldRefuseTwoFactoriesWithOneName() {
    assertThatThrownBy(() -> ServiceCatalog.of(List.of(factory("ingest", 1), factory("ingest", 2))))
        .hasMessageContaining("two service factories are named 'ingest'");
  }

  private LaunchSettings settings() {
    return LaunchSettings.resolve(CommonOptions.of(null, null, null, null, dir, 0), name -> null);
  }

  private MonitorServiceFactory factory(String name, int order) {
    return new MonitorServiceFactory() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public int startOrder() {
        return order;
      }

      @Override
      public MonitorService create(ServiceContext context) {
        return new Recording(name, () -> { });
      }
    };
  }

  private MonitorServiceFactory service(String name, Blocking onClose) {
    return new MonitorServiceFactory() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public MonitorService create(ServiceContext context) {
        return new Recording(name, onClose);
      }
    };
  }

  private interface Blocking {
    void run() throws InterruptedException;
  }

  private class Recording implements MonitorService {
    private final String name;
    private final Blocking onClose;

    Recording(String name, Blocking onClose) {
      this.name = name;
      this.onClose = onClose;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public void start() {
      events.add("start " + name);
    }

    @Override
    public void close() {
      try {
        onClose.run();
        events.add("close " + name);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
