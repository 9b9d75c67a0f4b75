package org.statementmonitor.alerts.rules;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads the rules when a file under the rules path changes, without a restart: watches the
 * directory (or the file's directory), waits for writes to settle, and applies the new set to the
 * {@link RuleBook}. Owned by the alerts service; {@link #close()} stops its thread.
 */
public final class RuleWatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RuleWatcher.class);
  private static final long SETTLE_MILLIS = 200;

  private final Path path;
  private final RuleParser parser;
  private final RuleBook book;
  private final WatchService watch;
  private final Thread thread;

  private RuleWatcher(Path path, RuleParser parser, RuleBook book) throws IOException {
    this.path = path.toAbsolutePath();
    this.parser = parser;
    this.book = book;
    Path dir = Files.isDirectory(this.path) ? this.path : this.path.getParent();
    Files.createDirectories(dir);
    this.watch = FileSystems.getDefault().newWatchService();
    dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
        StandardWatchEventKinds.ENTRY_DELETE);
    this.thread = Thread.ofPlatform().daemon().name("alerts-rule-watcher").unstarted(this::run);
  }

  /** Loads the rules once and starts watching for changes. */
  public static RuleWatcher start(Path path, RuleParser parser, RuleBook book) throws IOException {
    RuleWatcher watcher = new RuleWatcher(path, parser, book);
    watcher.reload();
    watcher.thread.start();
    return watcher;
  }

  /**
   * Reads the rules again now. Reading and applying happen under one lock, so a read that saw the
   * files before a change can never be applied after a read that saw them after it (the watcher
   * thread and the rules API both reload).
   */
  public synchronized RuleSet reload() {
    return book.apply(RuleFiles.load(path, parser));
  }

  private void run() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        WatchKey key = watch.take();
        // let an editor finish writing (and catch the rest of a multi-file change) before reading
        WatchKey more;
        do {
          key.pollEvents();
          key.reset();
          more = watch.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
          if (more != null) {
            key = more;
          }
        } while (more != null);
        try {
          reload();
        } catch (RuntimeException e) {
          LOG.error("reloading rules from {} failed; the previous rules stay in force", path, e);
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    try {
      watch.close();
    } catch (IOException e) {
      LOG.debug("closing the rules watch failed: {}", e.toString());
    }
    thread.interrupt();
  }
}
