package org.statementmonitor.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.statementmonitor.embedded.elasticsearch.DirectoryTrees;

/**
 * Temporary data directories of the test servers. They are world-traversable (0755, unlike
 * {@code Files.createTempDirectory}'s 0700) because the Elasticsearch node runs as an unprivileged user
 * when the tests run as root.
 */
public final class TestDirectories {

  /** Prefix of every test data directory's name. */
  public static final String PREFIX = "monitor-testkit-";

  private TestDirectories() {}

  /** A new, empty directory under {@code java.io.tmpdir}, mode 0755. */
  public static Path create(String prefix) {
    try {
      Path dir = Files.createTempDirectory(PREFIX + prefix + "-");
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a test data directory in "
          + System.getProperty("java.io.tmpdir"), e);
    }
  }

  /** Deletes a directory tree; missing files are fine, other failures are reported. */
  public static void delete(Path dir) {
    if (dir != null) {
      DirectoryTrees.delete(dir);
    }
  }
}
