package org.statementmonitor.ingest.fetch;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness per host: at most {@code perHost} requests in flight and at least {@code delay} between
 * the starts of two requests. Callers block (cheaply, on virtual threads) in {@link #enter(String,
 * Duration)} and must {@link Permit#close()} the permit. Hosts are independent: a slow host never
 * delays another.
 */
public final class HostGate {

  /** Held while a request to a host is in flight. */
  public interface Permit extends AutoCloseable {
    @Override
    void close();
  }

  private static final int MAX_HOSTS = 10_000;

  private final int perHost;
  private final Duration delay;
  private final Map<String, Host> hosts = new ConcurrentHashMap<>();

  public HostGate(int perHost, Duration delay) {
    this.perHost = perHost;
    this.delay = delay;
  }

  /**
   * Waits for a slot on {@code host} and for the politeness delay ({@code extraDelay} when a
   * robots.txt Crawl-delay asks for more).
   */
  public Permit enter(String host, Duration extraDelay) throws InterruptedException {
    if (hosts.size() > MAX_HOSTS) {
      hosts.values().removeIf(Host::idle);
    }
    Host h = hosts.computeIfAbsent(host, k -> new Host(perHost));
    h.slots.acquire();
    try {
      h.waitTurn(extraDelay.compareTo(delay) > 0 ? extraDelay : delay);
    } catch (InterruptedException e) {
      h.slots.release();
      throw e;
    }
    return h.slots::release;
  }

  private static final class Host {
    final Semaphore slots;
    final int capacity;
    final ReentrantLock lock = new ReentrantLock();
    long nextStartNanos = System.nanoTime();

    Host(int capacity) {
      this.capacity = capacity;
      this.slots = new Semaphore(capacity, true);
    }

    void waitTurn(Duration gap) throws InterruptedException {
      long start;
      lock.lock();
      try {
        long now = System.nanoTime();
        start = Math.max(now, nextStartNanos);
        nextStartNanos = start + gap.toNanos();
      } finally {
        lock.unlock();
      }
      long wait = start - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(Duration.ofNanos(wait));
      }
    }

    boolean idle() {
      return slots.availablePermits() == capacity && System.nanoTime() - nextStartNanos > 0;
    }
  }
}
