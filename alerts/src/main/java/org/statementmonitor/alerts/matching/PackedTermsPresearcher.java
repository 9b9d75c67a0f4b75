package org.statementmonitor.alerts.matching;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.monitor.MultipassTermFilteredPresearcher;
import org.apache.lucene.monitor.QueryTree;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.apache.lucene.monitor.TermWeightor;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;

/**
 * A multi-pass term-filtering presearcher that selects exactly the rules Lucene's {@link
 * MultipassTermFilteredPresearcher} selects, more cheaply. Each pass of a rule indexes the terms a
 * statement must hold for the rule to match (of a conjunction, its best terms by the weightor; the
 * second pass its next best), and a rule is a candidate when the statement holds a term of every
 * pass. Lucene's class keeps one field per statement field and pass, so the search for a statement
 * is a conjunction of disjunctions over some thirty small per-field term sets; here every field's
 * terms are packed into one field per pass ({@code field NUL term}), so the search is a conjunction
 * of two term sets. The plain fields are still indexed, because the monitor only offers the
 * presearcher the statement's terms that occur in the rule index.
 */
final class PackedTermsPresearcher extends TermFilteredPresearcher {

  /** Prefix of the per-pass fields; the pass number follows. */
  static final String PASS_FIELD = "__pass_";

  private final int passes;

  /** A presearcher indexing {@code passes} passes of every rule, choosing terms with {@code weightor}. */
  PackedTermsPresearcher(int passes, TermWeightor weightor) {
    super(weightor, List.of(), Set.of());
    if (passes < 1) {
      throw new IllegalArgumentException("passes must be at least 1, was " + passes);
    }
    this.passes = passes;
  }

  @Override
  protected Document buildQueryDocument(QueryTree tree) {
    Document doc = new Document();
    for (int pass = 0; pass < passes; pass++) {
      for (Map.Entry<String, BytesRefHash> field : collectTerms(tree).entrySet()) {
        BytesRefHash terms = field.getValue();
        BytesRef term = new BytesRef();
        for (int i = 0; i < terms.size(); i++) {
          terms.get(i, term);
          doc.add(new StringField(passField(pass), packed(field.getKey(), term), Field.Store.NO));
          doc.add(new StringField(field.getKey(), BytesRef.deepCopyOf(term), Field.Store.NO));
        }
      }
      tree.advancePhase(0);
    }
    return doc;
  }

  @Override
  protected DocumentQueryBuilder getQueryBuilder() {
    return new DocumentQueryBuilder() {
      private final List<BytesRef> terms = new ArrayList<>();

      @Override
      public void addTerm(String field, BytesRef term) {
        terms.add(packed(field, term));
      }

      @Override
      public Query build() {
        BooleanQuery.Builder everyPass = new BooleanQuery.Builder();
        for (int pass = 0; pass < passes; pass++) {
          everyPass.add(new TermInSetQuery(passField(pass), terms), BooleanClause.Occur.MUST);
        }
        return everyPass.build();
      }
    };
  }

  static String passField(int pass) {
    return PASS_FIELD + pass;
  }

  /** The field's name, a NUL byte (no field name holds one), then the term's bytes. */
  static BytesRef packed(String field, BytesRef term) {
    byte[] name = field.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[name.length + 1 + term.length];
    System.arraycopy(name, 0, bytes, 0, name.length);
    System.arraycopy(term.bytes, term.offset, bytes, name.length + 1, term.length);
    return new BytesRef(bytes);
  }
}
