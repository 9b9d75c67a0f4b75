package org.statementmonitor.bench.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statementmonitor.common.config.KafkaSettings;

/**
 * Samples, at a fixed period, how far each stage has got (statements produced, enriched, indexed,
 * alerted), the lag of every consumer group on the broker, and the resources: this JVM's heap (used
 * and after the last collection), process and machine CPU, threads, open files ({@code /proc/self/fd}),
 * the size of the services' local state, and the Elasticsearch node's heap and CPU.
 */
final class ResourceSampler implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ResourceSampler.class);

  /** Progress counters read at every sample. */
  record Progress(IntSupplier produced, IntSupplier enriched, IntSupplier indexed, IntSupplier alerted) {}

  /** One sample. */
  record Sample(double t, int produced, int enriched, int indexed, int alerted, long lag,
      Map<String, Long> lagByGroup, double heapUsedMb, double heapAfterGcMb, double processCpu,
      double machineCpu, int threads, int openFiles, double stateMb, double esHeapMb, double esCpu) {}

  final List<Sample> samples = new CopyOnWriteArrayList<>();

  private final Admin admin;
  private final EsHttp es;
  private final Path stateDir;
  private final Progress progress;
  private final long periodMillis;
  private final long startNanos = System.nanoTime();
  private final Thread thread;
  private volatile boolean running = true;

  ResourceSampler(KafkaSettings kafka, EsHttp es, Path stateDir, Progress progress, long periodMillis) {
    this.admin = Admin.create(kafka.clientProperties());
    this.es = es;
    this.stateDir = stateDir;
    this.progress = progress;
    this.periodMillis = periodMillis;
    this.thread = Thread.ofPlatform().name("bench-sampler").daemon().start(this::loop);
  }

  private void loop() {
    while (running) {
      try {
        samples.add(sample());
      } catch (RuntimeException e) {
        LOG.debug("sampling failed: {}", e.toString());
      }
      try {
        Thread.sleep(periodMillis);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  Sample sample() {
    double t = (System.nanoTime() - startNanos) / 1e9;
    Map<String, Long> lags = lagByGroup();
    long lag = lags.values().stream().mapToLong(Long::longValue).sum();
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    double afterGc = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
        afterGc += pool.getCollectionUsage().getUsed();
      }
    }
    double[] esStats = elasticsearchStats();
    return new Sample(t, progress.produced().getAsInt(), progress.enriched().getAsInt(),
        progress.indexed().getAsInt(), progress.alerted().getAsInt(), lag, lags, heap.getUsed() / 1e6,
        afterGc / 1e6, os.getProcessCpuLoad(), os.getCpuLoad(), Thread.activeCount(), openFiles(),
        directoryBytes(stateDir) / 1e6, esStats[0], esStats[1]);
  }

  private Map<String, Long> lagByGroup() {
    Map<String, Long> lags = new TreeMap<>();
    try {
      for (GroupListing group : admin.listGroups().all().get(5, TimeUnit.SECONDS)) {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
            .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
        if (committed.isEmpty()) {
          continue;
        }
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
            .get(5, TimeUnit.SECONDS);
        long lag = 0;
        for (var e : committed.entrySet()) {
          if (e.getValue() != null && ends.containsKey(e.getKey())) {
            lag += Math.max(0, ends.get(e.getKey()).offset() - e.getValue().offset());
          }
        }
        lags.put(group.groupId(), lag);
      }
    } catch (Exception e) {
      LOG.debug("reading consumer lag failed: {}", e.toString());
    }
    return lags;
  }

  private double[] elasticsearchStats() {
    try {
      JsonNode node = es.json("GET", "/_nodes/_local/stats/jvm,process", null).path("nodes").elements().next();
      return new double[] {node.path("jvm").path("mem").path("heap_used_in_bytes").asDouble() / 1e6,
          node.path("process").path("cpu").path("percent").asDouble() / 100.0};
    } catch (IOException | RuntimeException e) {
      return new double[] {Double.NaN, Double.NaN};
    }
  }

  static int openFiles() {
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      return (int) fds.count();
    } catch (IOException | UncheckedIOException e) {
      return -1;
    }
  }

  static long directoryBytes(Path dir) {
    if (dir == null || !Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> {
        try {
          return Files.size(f);
        } catch (IOException e) {
          return 0;
        }
      }).sum();
    } catch (IOException | UncheckedIOException e) {
      return 0;
    }
  }

  List<Sample> snapshot() {
    return new ArrayList<>(samples);
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    admin.close();
  }
}
