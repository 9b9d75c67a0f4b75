package org.statementmonitor.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.statementmonitor.common.topic.Topics;
import org.statementmonitor.testkit.kafka.KafkaCluster;
import org.statementmonitor.testkit.kafka.KafkaExtension;

/**
 * SIGTERM stops a working service in order and within {@code ops.shutdownSeconds}: the service is
 * closed (its producer flushed and its transaction finished) before the JVM exits.
 */
@ExtendWith(KafkaExtension.class)
class GracefulShutdownIT {

  @TempDir
  Path dir;

  @Test
  void shouldStopWithinTheBoundOnSigterm(KafkaCluster kafka) throws Exception {
    // Given ingest busy with a feed of 300 items
    String source = KafkaCluster.uniqueName("sigterm");
    try (FeedServer site = new FeedServer(300, Integer.MAX_VALUE)) {
      Path config = FaultFixture.writeConfig(dir, """
          ops: {shutdownSeconds: 10}
          ingest:
            instanceId: %s
            politenessDelay: 0s
            maxItemsPerPoll: 300
            respectRobots: false
            sources:
              - {name: %s, type: feed, url: "%s", allowPrivate: true}
          """.formatted(source, source, site.feedUrl()));
      try (ServiceProcess ingest = ServiceProcess.start("ingest", kafka.bootstrapServers(), "http://127.0.0.1:9",
          config, dir.resolve("data"), "384m")) {
        await("ingest at work").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(300))
            .until(() -> site.pagesServed() >= 20);

        // When it gets SIGTERM
        long started = System.nanoTime();
        int exit = ingest.terminate(Duration.ofSeconds(40));

        // Then it stops the service and exits within the bound
        assertThat(exit).as("exit code; log:%n%s", ingest.logTail()).isNotEqualTo(-1);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(25));
        assertThat(ingest.log()).contains("stopping service ingest").contains("stopped");
        assertThat(FaultFixture.writesPerKey(kafka, Topics.RAW, "").size()).isPositive();
      }
    }
  }
}
