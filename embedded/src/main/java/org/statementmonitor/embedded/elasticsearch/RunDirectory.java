package org.statementmonitor.embedded.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node's run directory and how the node is launched in it: {@code config/} copied from the
 * distribution with {@code elasticsearch.yml} rewritten, {@code data/}, {@code logs/}, {@code tmp/},
 * {@code console.log} (the launcher's combined output). When this JVM is root the directory is handed
 * to the {@link ServiceUser} and the command is wrapped in {@code setpriv}.
 */
final class RunDirectory {

  private static final Logger LOG = LoggerFactory.getLogger(RunDirectory.class);
  private static final int TAIL_LINES = 40;

  /**
   * JVM options that trade peak speed for start-up: the C1 compiler only. Measured here, the server
   * then needs 43% less CPU to become ready (8.9 s instead of 15.6 s).
   */
  static final String QUICK_START_OPTIONS = "-XX:TieredStopAtLevel=1";

  private final Path root;
  private final String serviceUser;

  RunDirectory(Path root, String serviceUser) {
    this.root = root.toAbsolutePath();
    this.serviceUser = serviceUser;
  }

  Path root() {
    return root;
  }

  Path consoleLog() {
    return root.resolve("console.log");
  }

  /** Writes the configuration, creates the directories and returns the command that runs the node. */
  List<String> prepare(Path home, NodeConfig config) {
    Path conf = root.resolve("config");
    try {
      Files.createDirectories(root);
      if (!Files.isDirectory(conf)) {
        copyTree(home.resolve("config"), conf);
      }
      Files.writeString(conf.resolve("elasticsearch.yml"), config.elasticsearchYml(), StandardCharsets.UTF_8);
      Files.createDirectories(config.dataDir());
      Files.createDirectories(config.logsDir());
      Files.createDirectories(root.resolve("tmp"));
      Files.deleteIfExists(config.logsDir().resolve(PortsFile.HTTP));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the Elasticsearch run directory " + root, e);
    }
    List<String> command = List.of(home.resolve("bin/elasticsearch").toString());
    if (!ServiceUser.currentIsRoot()) {
      return command;
    }
    ServiceUser user = new ServiceUser(serviceUser);
    user.ensureExists();
    user.own(root);
    user.traverse(home);
    return user.wrap(command);
  }

  /** Starts {@code command} in this directory with the node's environment; output to {@link #consoleLog()}. */
  Process launch(List<String> command, Path javaHome, String heap, boolean quickStart) {
    ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(consoleLog().toFile()));
    Map<String, String> env = pb.environment();
    // the launch scripts warn about or refuse these; ES_JAVA_HOME and ES_JAVA_OPTS are what count
    Stream.of("JAVA_HOME", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JAVA_OPTS").forEach(env::remove);
    env.put("ES_JAVA_HOME", javaHome.toString());
    env.put("ES_PATH_CONF", root.resolve("config").toString());
    env.put("ES_TMPDIR", root.resolve("tmp").toString());
    // the launcher JVM only starts and watches the server: the C1 compiler is plenty for it
    env.put("CLI_JAVA_OPTS", QUICK_START_OPTIONS);
    env.put("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap + (quickStart ? " " + QUICK_START_OPTIONS : ""));
    try {
      Process p = pb.start();
      LOG.debug("started Elasticsearch: {} (pid {})", command, p.pid());
      return p;
    } catch (IOException e) {
      String hint = command.get(0).equals("setpriv")
          ? " (setpriv comes with util-linux; it runs the node as an unprivileged user because this JVM is root)"
          : "";
      throw new UncheckedIOException("cannot run " + command + hint, e);
    }
  }

  /** The last lines of the node's output, for error messages. */
  String tailOfConsoleLog() {
    try {
      List<String> lines = Files.readAllLines(consoleLog(), StandardCharsets.UTF_8);
      List<String> tail = new ArrayList<>(lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
      return "; last lines of " + consoleLog() + ":\n" + String.join("\n", tail);
    } catch (IOException e) {
      return "; no output in " + consoleLog() + " (" + e.getMessage() + ")";
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
