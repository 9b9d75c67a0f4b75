package org.statementmonitor.embedded.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * File-tree chores of the node's directories: delete, open for reading, make traversable. Public for
 * the testkit, which deletes its servers' data directories the same way.
 */
public final class DirectoryTrees {

  private DirectoryTrees() {}

  /** Deletes a tree; missing files are fine, other failures are reported. */
  public static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
          if (e instanceof NoSuchFileException) {
            return FileVisitResult.CONTINUE;
          }
          throw e;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
          Files.deleteIfExists(d);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dir, e);
    }
  }

  /** Gives every directory of the tree mode 0755. */
  static void makeDirectoriesWorldReadable(Path root) throws IOException {
    Set<PosixFilePermission> open = PosixFilePermissions.fromString("rwxr-xr-x");
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        if (Files.isDirectory(p)) {
          Files.setPosixFilePermissions(p, open);
        }
      }
    }
  }

  /**
   * Adds "others may traverse" to {@code dir}'s ancestors that lack it, so another user can reach
   * {@code dir}. Returns the directories changed.
   */
  static java.util.List<Path> makeAncestorsTraversable(Path dir) throws IOException {
    java.util.List<Path> changed = new java.util.ArrayList<>();
    for (Path p = dir.toAbsolutePath().normalize().getParent(); p != null; p = p.getParent()) {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
      if (!perms.contains(PosixFilePermission.OTHERS_EXECUTE)) {
        perms.add(PosixFilePermission.OTHERS_EXECUTE);
        Files.setPosixFilePermissions(p, perms);
        changed.add(p);
      }
    }
    return changed;
  }
}
