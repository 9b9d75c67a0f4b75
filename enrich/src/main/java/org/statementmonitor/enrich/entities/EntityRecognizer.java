package org.statementmonitor.enrich.entities;

import java.util.List;
import org.statementmonitor.common.event.Entity;

/**
 * Finds named entities in a text. The default is {@link RuleBasedRecognizer}; a heavier recogniser
 * (for example one backed by a statistical model the user adds under its own licence) implements
 * this interface and replaces it without touching the topology. Implementations are thread-safe,
 * never throw on bad text, and stop at the deadline with what they found.
 */
public interface EntityRecognizer {

  /** The outcome: entities with offsets into the text, and whether the deadline cut the work short. */
  record Recognition(List<Entity> entities, boolean timedOut) {
    public Recognition {
      entities = List.copyOf(entities);
    }
  }

  /**
   * Recognises entities in {@code text}.
   *
   * @param deadlineNanos a {@link System#nanoTime()} value after which the recogniser returns early
   */
  Recognition recognize(String text, long deadlineNanos);
}
