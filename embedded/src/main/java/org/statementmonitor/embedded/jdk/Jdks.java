package org.statementmonitor.embedded.jdk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a JDK of at least a given feature version: the running JVM's {@code java.home} first, then
 * {@code JAVA_HOME}, then the installations under the usual roots ({@code /usr/lib/jvm},
 * {@code /usr/java}, {@code /opt/java}, {@code ~/.jdks}, {@code ~/.sdkman/candidates/java}), highest
 * version first. A home qualifies when it has an executable {@code bin/java} and a {@code release}
 * file whose {@code JAVA_VERSION} is recent enough.
 */
public final class Jdks {

  private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"?(1\\.)?(\\d+)");

  private final List<Path> preferred;
  private final List<Path> roots;

  /**
   * @param preferred homes tried first, in order (for example java.home, JAVA_HOME)
   * @param roots directories whose sub-directories are candidate homes
   */
  public Jdks(List<Path> preferred, List<Path> roots) {
    this.preferred = List.copyOf(preferred);
    this.roots = List.copyOf(roots);
  }

  /** The locations of this machine: running JVM, JAVA_HOME, the usual installation roots. */
  public static Jdks ofThisMachine() {
    List<Path> preferred = new ArrayList<>();
    preferred.add(Path.of(System.getProperty("java.home")));
    String javaHome = System.getenv("JAVA_HOME");
    if (javaHome != null && !javaHome.isBlank()) {
      preferred.add(Path.of(javaHome));
    }
    Path userHome = Path.of(System.getProperty("user.home"));
    return new Jdks(preferred, List.of(Path.of("/usr/lib/jvm"), Path.of("/usr/java"), Path.of("/opt/java"),
        userHome.resolve(".jdks"), userHome.resolve(".sdkman/candidates/java")));
  }

  /** A JDK home of at least {@code minimumFeature} (21 for Elasticsearch 9), if one exists. */
  public Optional<Path> find(int minimumFeature) {
    for (Path home : preferred) {
      if (featureOf(home).orElse(0) >= minimumFeature) {
        return Optional.of(home.toAbsolutePath().normalize());
      }
    }
    return scanRoots().stream()
        .filter(home -> featureOf(home).orElse(0) >= minimumFeature)
        .max(Comparator.comparingInt((Path home) -> featureOf(home).orElse(0)).thenComparing(Path::toString))
        .map(home -> home.toAbsolutePath().normalize());
  }

  /**
   * Like {@link #find} but fails with a message that says what was searched.
   *
   * @throws IllegalStateException when no JDK qualifies
   */
  public Path require(int minimumFeature) {
    return find(minimumFeature).orElseThrow(() -> new IllegalStateException(
        "no Java " + minimumFeature + "+ found: looked at " + preferred + " and in " + roots
            + " (a home needs bin/java and a release file). Install a JDK " + minimumFeature
            + "+ there or point JAVA_HOME at one."));
  }

  /** The feature version of the JDK at {@code home} ({@code 25} for 25.0.1), if it is one. */
  public static OptionalInt featureOf(Path home) {
    Path java = home.resolve("bin/java");
    Path release = home.resolve("release");
    if (!Files.isExecutable(java) || !Files.isRegularFile(release)) {
      return OptionalInt.empty();
    }
    try {
      return parseReleaseFile(Files.readString(release, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return OptionalInt.empty();
    }
  }

  /** The feature version named by a JDK {@code release} file's {@code JAVA_VERSION} line. */
  public static OptionalInt parseReleaseFile(String content) {
    Matcher m = JAVA_VERSION.matcher(content);
    if (!m.find()) {
      return OptionalInt.empty();
    }
    // "1.8.0_392" is Java 8: the feature version follows the "1."
    return OptionalInt.of(Integer.parseInt(m.group(2)));
  }

  private List<Path> scanRoots() {
    Set<Path> homes = new LinkedHashSet<>();
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> children = Files.list(root)) {
        children.filter(Files::isDirectory).forEach(homes::add);
      } catch (IOException e) {
        // an unreadable root holds no usable JDK
      }
    }
    return new ArrayList<>(homes);
  }
}
