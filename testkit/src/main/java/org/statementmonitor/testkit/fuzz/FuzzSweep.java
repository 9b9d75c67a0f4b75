package org.statementmonitor.testkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Runs a parser on many inputs and collects every input that crashed it (an exception the parser's
 * contract does not allow) or that took longer than the bound. Use {@link #assertNoFailures()} at
 * the end: the message lists each bad input's index, size, start and what happened.
 */
public final class FuzzSweep {

  /** What a parser does with one input. */
  @FunctionalInterface
  public interface Parser<T> {
    void parse(T input) throws Exception;
  }

  private final Duration perInput;
  private final Predicate<Throwable> allowed;
  private final List<String> failures = new ArrayList<>();
  private volatile Thread worker;

  private FuzzSweep(Duration perInput, Predicate<Throwable> allowed) {
    this.perInput = perInput;
    this.allowed = allowed;
  }

  /**
   * A sweep that allows the exceptions matched by {@code allowed} (the parser's documented refusal)
   * and bounds each input to {@code perInput}.
   */
  public static FuzzSweep bounded(Duration perInput, Predicate<Throwable> allowed) {
    return new FuzzSweep(perInput, allowed);
  }

  /** Runs the parser over every input. */
  public <T> FuzzSweep run(List<T> inputs, Parser<T> parser) {
    ExecutorService executor = newExecutor();
    try {
      for (int i = 0; i < inputs.size(); i++) {
        T input = inputs.get(i);
        Future<?> done = executor.submit(() -> {
          parser.parse(input);
          return null;
        });
        try {
          done.get(perInput.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          failures.add(describe(i, input) + " took longer than " + perInput + ", at " + whereStuck());
          done.cancel(true);
          executor.shutdownNow();
          executor = newExecutor();
        } catch (ExecutionException e) {
          if (!allowed.test(e.getCause())) {
            failures.add(describe(i, input) + " threw " + e.getCause());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
    } finally {
      executor.shutdownNow();
    }
    return this;
  }

  private ExecutorService newExecutor() {
    // Daemon threads: an input that hangs the parser must not keep the test JVM alive.
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "fuzz-sweep");
      t.setDaemon(true);
      worker = t;
      return t;
    });
  }

  private String whereStuck() {
    Thread t = worker;
    if (t == null) {
      return "unknown";
    }
    StringBuilder frames = new StringBuilder();
    StackTraceElement[] stack = t.getStackTrace();
    for (int i = 0; i < Math.min(12, stack.length); i++) {
      frames.append("\n    ").append(stack[i]);
    }
    return frames.toString();
  }

  /** Fails with the list of bad inputs, if any. */
  public void assertNoFailures() {
    assertThat(failures).as("inputs that crashed or hung the parser").isEmpty();
  }

  private static String describe(int index, Object input) {
    String preview;
    if (input instanceof byte[] bytes) {
      preview = bytes.length + " bytes: "
          + new String(bytes, 0, Math.min(60, bytes.length), java.nio.charset.StandardCharsets.UTF_8);
    } else {
      String s = String.valueOf(input);
      preview = s.length() + " chars: " + s.substring(0, Math.min(60, s.length()));
    }
    return "input #" + index + " (" + preview.replaceAll("\\p{Cntrl}", "?") + ")";
  }
}
