package org.statementmonitor.enrich.watchlist;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current watchlist, reloaded when its file changes: a daemon thread watches the file's
 * directory and swaps in the newly compiled watchlist atomically; readers always see a complete
 * one. A file that fails to parse is logged and the previous watchlist stays in force. The owner
 * (the analyzer) closes it.
 */
public final class WatchlistSource implements Supplier<Watchlist>, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WatchlistSource.class);

  private final Path file;
  private final boolean transliteration;
  private final AtomicReference<Watchlist> current = new AtomicReference<>(Watchlist.empty());
  private final WatchService watcher;
  private final Thread thread;

  private WatchlistSource(Path file, boolean transliteration, boolean watch) {
    this.file = file == null ? null : file.toAbsolutePath();
    this.transliteration = transliteration;
    if (this.file != null) {
      current.set(WatchlistLoader.load(this.file, transliteration));
      LOG.info("watchlist {} loaded: {} entries", this.file, current.get().entries().size());
    }
    WatchService service = null;
    Thread t = null;
    if (this.file != null && watch) {
      try {
        service = FileSystems.getDefault().newWatchService();
        this.file.getParent().register(service, StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_MODIFY);
        WatchService s = service;
        t = Thread.ofPlatform().daemon().name("watchlist-reload").unstarted(() -> watch(s));
      } catch (IOException e) {
        LOG.warn("cannot watch watchlist {} for changes ({}); it will not reload", this.file, e.getMessage());
      }
    }
    this.watcher = service;
    this.thread = t;
    if (t != null) {
      t.start();
    }
  }

  /** A source reading {@code file} (null for an empty watchlist), reloading on change when {@code watch}. */
  public static WatchlistSource open(Path file, boolean transliteration, boolean watch) {
    return new WatchlistSource(file, transliteration, watch);
  }

  /** A fixed, empty watchlist. */
  public static WatchlistSource none() {
    return new WatchlistSource(null, false, false);
  }

  @Override
  public Watchlist get() {
    return current.get();
  }

  /** Reloads now; returns false (keeping the old watchlist) when the file cannot be read or parsed. */
  public boolean reload() {
    if (file == null) {
      return false;
    }
    try {
      Watchlist next = WatchlistLoader.load(file, transliteration);
      current.set(next);
      LOG.info("watchlist {} reloaded: {} entries", file, next.entries().size());
      return true;
    } catch (IllegalArgumentException e) {
      LOG.warn("watchlist not reloaded, keeping the previous one: {}", e.getMessage());
      return false;
    }
  }

  private void watch(WatchService service) {
    try {
      while (true) {
        WatchKey key = service.take();
        boolean ours = false;
        for (WatchEvent<?> event : key.pollEvents()) {
          Object context = event.context();
          ours |= context instanceof Path p && p.getFileName().equals(file.getFileName());
        }
        key.reset();
        if (ours && Files.isRegularFile(file)) {
          reload();
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    if (watcher != null) {
      try {
        watcher.close();
      } catch (IOException e) {
        LOG.debug("closing watch service: {}", e.getMessage());
      }
    }
    if (thread != null) {
      thread.interrupt();
    }
  }
}
