package org.statementmonitor.embedded.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The unprivileged system user Elasticsearch runs as when this JVM is root (Elasticsearch refuses to
 * run as root). The user is created once ({@code useradd -r -M -s nologin}), given the run directory,
 * and the node is launched through {@code setpriv --reuid --regid --init-groups}.
 *
 * @param name the user name, for example {@value #DEFAULT_NAME}
 */
public record ServiceUser(String name) {

  /** Default name of the user. */
  public static final String DEFAULT_NAME = "monitor-es";

  private static final Logger LOG = LoggerFactory.getLogger(ServiceUser.class);

  public ServiceUser {
    if (name == null || !name.matches("[a-z_][a-z0-9_-]{0,31}")) {
      throw new IllegalArgumentException("not a valid system user name: " + name);
    }
  }

  /** Whether this JVM runs as root (uid 0). */
  public static boolean currentIsRoot() {
    try {
      Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
      return uid instanceof Integer i && i == 0;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }

  /** Creates the user unless it exists (safe when several JVMs race to create it). */
  public void ensureExists() {
    if (exists()) {
      return;
    }
    String shell = Files.isExecutable(Path.of("/usr/sbin/nologin")) ? "/usr/sbin/nologin" : "/bin/false";
    for (int attempt = 1; ; attempt++) {
      Result r = run(List.of("useradd", "-r", "-M", "-U", "-s", shell, name));
      if (r.exitCode() == 0) {
        LOG.info("created system user {} to run Elasticsearch (it refuses to run as root)", name);
        return;
      }
      if (exists()) {
        return; // another process created it meanwhile
      }
      if (attempt == 3) {
        throw new IllegalStateException("cannot create the system user " + name + " to run Elasticsearch"
            + " (it refuses to run as root): useradd exited with " + r.exitCode() + ": " + r.output().strip());
      }
    }
  }

  /** Whether the user exists. */
  public boolean exists() {
    return run(List.of("id", "-u", name)).exitCode() == 0;
  }

  /** Makes the user own {@code dir} and everything in it, and lets it traverse {@code dir}'s ancestors. */
  public void own(Path dir) {
    try {
      UserPrincipalLookupService lookup = FileSystems.getDefault().getUserPrincipalLookupService();
      UserPrincipal user = lookup.lookupPrincipalByName(name);
      GroupPrincipal group = lookup.lookupPrincipalByGroupName(name);
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path p : (Iterable<Path>) paths::iterator) {
          PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class);
          view.setOwner(user);
          view.setGroup(group);
        }
      }
      traverse(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot hand " + dir + " to the user " + name, e);
    }
  }

  /** Lets the user reach {@code dir} (others may traverse each ancestor). */
  public void traverse(Path dir) {
    try {
      List<Path> opened = DirectoryTrees.makeAncestorsTraversable(dir);
      if (!opened.isEmpty()) {
        LOG.info("made {} traversable so the user {} can reach {}", opened, name, dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the parents of " + dir + " traversable for " + name, e);
    }
  }

  /** {@code command} run as this user through {@code setpriv}. */
  public List<String> wrap(List<String> command) {
    List<String> wrapped = new ArrayList<>(List.of(
        "setpriv", "--reuid=" + name, "--regid=" + name, "--init-groups", "--"));
    wrapped.addAll(command);
    return wrapped;
  }

  private record Result(int exitCode, String output) {}

  private static Result run(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return new Result(-1, command + " timed out");
      }
      return new Result(p.exitValue(), out);
    } catch (IOException e) {
      return new Result(-1, command.get(0) + " cannot run: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(-1, "interrupted");
    }
  }
}
