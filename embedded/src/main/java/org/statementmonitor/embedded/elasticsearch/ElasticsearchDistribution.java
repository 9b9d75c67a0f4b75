package org.statementmonitor.embedded.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Elasticsearch distribution: where its zip is and how it is unpacked.
 *
 * <p>The zip is looked for, in order: the system property {@value #PROPERTY}, the environment variable
 * {@value #ENV}, the copy the build put under {@code embedded/target}, and the local Maven repository
 * (where the build resolved it). The property and the variable may also name an unpacked distribution
 * directory. Unpacking goes to {@code <installRoot>/elasticsearch-<version>} once, through a temporary
 * sibling and an atomic rename, so concurrent runs never see half a distribution; the result is
 * world-readable so an unprivileged user can run it.
 */
public final class ElasticsearchDistribution {

  /** System property naming the distribution zip or an unpacked distribution directory. */
  public static final String PROPERTY = "monitor.elasticsearch.distribution";

  /** Environment variable naming the distribution zip or an unpacked distribution directory. */
  public static final String ENV = "MONITOR_ELASTICSEARCH_DISTRIBUTION";

  private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchDistribution.class);
  private static final String BUILD_INFO = "distribution.properties";

  private ElasticsearchDistribution() {}

  /** The Elasticsearch version the build fetched, for example {@code 9.2.8}. */
  public static String version() {
    return buildInfo().getProperty("version");
  }

  /**
   * The distribution zip (or unpacked directory) of this machine.
   *
   * @throws IllegalStateException naming every place looked at, when none has it
   */
  public static Path locate() {
    List<Path> candidates = candidates();
    for (Path candidate : candidates) {
      if (Files.isRegularFile(candidate) || Files.isRegularFile(candidate.resolve("bin/elasticsearch"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("Elasticsearch distribution not found; looked at " + candidates
        + ". Build the project first (./mvnw package fetches it from Maven Central), or set -D" + PROPERTY
        + " or " + ENV + " to the elasticsearch-" + version() + ".zip or an unpacked distribution.");
  }

  /** Where the distribution is looked for, in order. */
  static List<Path> candidates() {
    Set<Path> candidates = new LinkedHashSet<>();
    String property = System.getProperty(PROPERTY);
    if (property != null && !property.isBlank()) {
      candidates.add(Path.of(property));
    }
    String env = System.getenv(ENV);
    if (env != null && !env.isBlank()) {
      candidates.add(Path.of(env));
    }
    Properties info = buildInfo();
    String buildCopy = info.getProperty("buildCopy");
    if (buildCopy != null && !buildCopy.contains("${")) {
      candidates.add(Path.of(buildCopy));
    }
    String version = info.getProperty("version");
    String relative = "org/elasticsearch/distribution/integ-test-zip/elasticsearch/" + version
        + "/elasticsearch-" + version + ".zip";
    String repo = System.getProperty("maven.repo.local", info.getProperty("localRepository"));
    if (repo != null && !repo.contains("${")) {
      candidates.add(Path.of(repo).resolve(relative));
    }
    candidates.add(Path.of(System.getProperty("user.home"), ".m2", "repository").resolve(relative));
    return new ArrayList<>(candidates);
  }

  /**
   * The Elasticsearch home for {@code distribution}: the directory itself when it is unpacked already,
   * otherwise {@code installRoot/<top directory of the zip>}, unpacked now if missing.
   */
  public static Path install(Path distribution, Path installRoot) {
    if (Files.isDirectory(distribution)) {
      return distribution.toAbsolutePath();
    }
    try (ZipFile zip = new ZipFile(distribution.toFile())) {
      String top = topDirectory(zip);
      Path home = installRoot.toAbsolutePath().resolve(top);
      if (Files.isRegularFile(home.resolve("bin/elasticsearch"))) {
        return home;
      }
      long started = System.nanoTime();
      Files.createDirectories(installRoot);
      Path staging = installRoot.toAbsolutePath().resolve(top + ".unpacking-" + UUID.randomUUID());
      unzip(zip, staging);
      try {
        Files.move(staging.resolve(top), home, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException raced) {
        LOG.debug("another run installed {} first", home);
      } catch (IOException e) {
        if (!Files.isRegularFile(home.resolve("bin/elasticsearch"))) {
          throw e;
        }
      } finally {
        DirectoryTrees.delete(staging);
      }
      LOG.info("unpacked {} to {} in {} ms", distribution.getFileName(), home, (System.nanoTime() - started) / 1_000_000);
      return home;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot unpack the Elasticsearch distribution " + distribution
          + " into " + installRoot, e);
    }
  }

  private static String topDirectory(ZipFile zip) throws IOException {
    Enumeration<? extends ZipEntry> entries = zip.entries();
    if (!entries.hasMoreElements()) {
      throw new IOException(zip.getName() + " is empty");
    }
    String first = entries.nextElement().getName();
    int slash = first.indexOf('/');
    if (slash <= 0) {
      throw new IOException(zip.getName() + " is not an Elasticsearch distribution (no top directory)");
    }
    return first.substring(0, slash);
  }

  private static void unzip(ZipFile zip, Path target) throws IOException {
    Files.createDirectories(target);
    Path root = target.toAbsolutePath().normalize();
    Enumeration<? extends ZipEntry> entries = zip.entries();
    while (entries.hasMoreElements()) {
      ZipEntry entry = entries.nextElement();
      Path path = root.resolve(entry.getName()).normalize();
      if (!path.startsWith(root)) {
        throw new IOException("zip entry outside the target: " + entry.getName());
      }
      if (entry.isDirectory()) {
        Files.createDirectories(path);
        continue;
      }
      Files.createDirectories(path.getParent());
      try (InputStream in = zip.getInputStream(entry)) {
        Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
      }
      // java.util.zip drops Unix modes: the launch scripts are the files under bin/
      boolean executable = path.getParent().getFileName().toString().equals("bin");
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
    }
    DirectoryTrees.makeDirectoriesWorldReadable(root);
  }

  private static Properties buildInfo() {
    Properties p = new Properties();
    try (InputStream in = ElasticsearchDistribution.class.getResourceAsStream(BUILD_INFO)) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + BUILD_INFO, e);
    }
    return p;
  }
}
