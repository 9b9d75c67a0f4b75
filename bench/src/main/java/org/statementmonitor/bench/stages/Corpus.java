package org.statementmonitor.bench.stages;

import java.time.Instant;
import java.util.List;
import org.statementmonitor.bench.corpus.GeneratedStatement;
import org.statementmonitor.bench.corpus.StatementGenerator;
import org.statementmonitor.common.event.Statement;

/**
 * The fixed benchmark corpus: {@value #SIZE} generated statements (seed {@value #SEED}) and a cursor
 * that walks through them, so consecutive operations see different statements.
 */
final class Corpus {

  static final int SIZE = 256;
  static final long SEED = 42L;
  static final Instant EPOCH = Instant.parse("2026-11-01T00:00:00Z");

  private Corpus() {}

  static List<GeneratedStatement> generated() {
    return new StatementGenerator(SEED, "jmh", EPOCH).next(SIZE);
  }

  static List<Statement> statements() {
    return generated().stream().map(g -> g.toStatement(EPOCH)).toList();
  }

  /** A cursor over a list, wrapping around; one per benchmark state, not thread-safe. */
  static final class Cursor<T> {
    private final List<T> items;
    private int next;

    Cursor(List<T> items) {
      this.items = items;
    }

    T next() {
      T item = items.get(next);
      next = (next + 1) % items.size();
      return item;
    }
  }
}
