package org.statementmonitor.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One pipeline service ({@code bin/monitor <service>}) running in a child JVM from the test class
 * path, so a test can kill it the hard way ({@link #kill()}: SIGKILL, no shutdown hook runs) and start
 * it again on the same data directory. Output goes to a log file whose tail appears in failures.
 */
final class ServiceProcess implements AutoCloseable {

  private final String name;
  private final List<String> command;
  private final Path log;
  private Process process;

  private ServiceProcess(String name, List<String> command, Path log) {
    this.name = name;
    this.command = command;
    this.log = log;
  }

  /** Starts {@code service} against the given servers, with {@code config} and {@code dataDir}. */
  static ServiceProcess start(String service, String kafka, String elasticsearch, Path config, Path dataDir,
      String maxHeap) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(java, "-Xmx" + maxHeap, "-XX:+UseSerialGC",
        "-cp", classPath, "org.statementmonitor.launcher.Main", service,
        "--config", config.toString(), "--kafka", kafka, "--elasticsearch", elasticsearch,
        "--data", dataDir.toString(), "--ops-port", "0"));
    Files.createDirectories(dataDir);
    ServiceProcess p = new ServiceProcess(service, command, dataDir.resolve(service + ".log"));
    p.launch();
    return p;
  }

  private void launch() throws IOException {
    process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
  }

  /** Kills the JVM with SIGKILL and waits for it to be gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("service process " + process.pid() + " survived SIGKILL");
    }
  }

  /** Starts the same command again (after {@link #kill()}). */
  void restart() throws IOException {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException("still running");
    }
    launch();
  }

  String name() {
    return name;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /**
   * Sends SIGTERM and waits up to {@code bound} for the JVM to exit.
   *
   * @return the exit code, or -1 when it was still running at the bound
   */
  int terminate(Duration bound) throws InterruptedException {
    process.destroy();
    return process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
  }

  /** The whole output so far. */
  String log() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** The last lines of the service's output, for assertion messages. */
  String logTail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** Stops the service with SIGTERM, as an operator would, bounded; then SIGKILL. */
  @Override
  public void close() {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
