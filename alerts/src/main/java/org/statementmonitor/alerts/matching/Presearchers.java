package org.statementmonitor.alerts.matching;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.monitor.MultipassTermFilteredPresearcher;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.apache.lucene.monitor.TermWeightor;
import org.statementmonitor.alerts.query.StatementFields;

/**
 * The presearchers the matcher can use. The presearcher indexes, for every rule, the terms a
 * statement must contain for the rule to possibly match; of a conjunction it keeps only the term of
 * highest weight. The tuned weightor makes that term a rare one: an entity name or watchlist id
 * rather than a source tag or statement kind (which most statements carry), and a rare word of a
 * phrase rather than a common word of the genre.
 */
public final class Presearchers {

  /** Term filtering with the statement weightor. */
  public static final String TUNED = "tuned";
  /** Lucene's term filtering with its default weightor. */
  public static final String PLAIN = "plain";
  /**
   * Two passes of term filtering with the statement weightor (a conjunction's two best terms must
   * both be in the statement), Lucene's {@link MultipassTermFilteredPresearcher}: half as many
   * candidates as {@link #TUNED}.
   */
  public static final String MULTIPASS = "multipass";
  /**
   * The same two passes and the same candidates as {@link #MULTIPASS}, with every field's terms
   * packed into one field per pass ({@link PackedTermsPresearcher}): a cheaper search of the rule index.
   */
  public static final String PACKED = "packed";
  /** The presearcher the service uses. */
  public static final String DEFAULT = PACKED;

  /** Fields whose few values most statements carry: never a good term to select a rule by. */
  private static final Set<String> BROAD_FIELDS = Set.of(StatementFields.SOURCE_TYPE, StatementFields.SOURCE_TAGS,
      StatementFields.LANGUAGE, StatementFields.KIND, StatementFields.DUPLICATE, StatementFields.SOURCE);

  private Presearchers() {}

  /**
   * The presearcher called {@code name}: {@value #TUNED}, {@value #PLAIN}, {@value #MULTIPASS} or
   * {@value #PACKED}.
   */
  public static Presearcher create(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case TUNED -> new TermFilteredPresearcher(weightor(), List.of(), Set.of());
      case PLAIN -> new TermFilteredPresearcher();
      case MULTIPASS -> new MultipassTermFilteredPresearcher(2, 0, weightor(), List.of(), Set.of());
      case PACKED -> new PackedTermsPresearcher(2, weightor());
      default -> throw new IllegalArgumentException("unknown presearcher '" + name + "'; known: "
          + String.join(", ", TUNED, PLAIN, MULTIPASS, PACKED));
    };
  }

  /**
   * The statement weightor: Lucene's default (longer words weigh more) times a low weight for broad
   * fields and for the common words of statements, and a high weight for whole-value fields (entity
   * names, watchlist ids, signatories, authors), which few statements carry.
   */
  public static TermWeightor weightor() {
    return TermWeightor.combine(
        TermFilteredPresearcher.DEFAULT_WEIGHTOR,
        TermWeightor.fieldWeightor(0.01, BROAD_FIELDS),
        TermWeightor.fieldWeightor(0.5, StatementFields.TEXT, StatementFields.TITLE),
        TermWeightor.termWeightor(0.2, CommonWords.BYTES));
  }
}
