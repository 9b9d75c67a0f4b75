package org.statementmonitor.alerts.query;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns a rule's query text (Lucene classic query syntax) into a {@link Query} over {@link
 * StatementFields}; a term with no field searches the title and the text. Thread-safe: a parser is
 * created per call.
 */
public final class QueryCompiler {

  private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+)");

  private final Analyzer analyzer;

  public QueryCompiler(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** A compiler with the default field analyzers. */
  public static QueryCompiler withDefaults() {
    return new QueryCompiler(FieldAnalyzers.create());
  }

  /**
   * Parses a query.
   *
   * @throws QuerySyntaxException with the line and column of the error
   */
  public Query compile(String text) throws QuerySyntaxException {
    QueryParser parser = new MultiFieldQueryParser(
        StatementFields.DEFAULT_FIELDS.toArray(String[]::new), analyzer);
    parser.setAllowLeadingWildcard(false);
    parser.setSplitOnWhitespace(true);
    try {
      Query query = completeNegation(parser.parse(text));
      checkFields(query);
      return query;
    } catch (ParseException e) {
      throw located(e.getMessage(), e);
    } catch (TokenMgrError e) {
      throw located(e.getMessage(), e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException("query expands to too many clauses: " + e.getMessage(), 0, 0, e);
    } catch (IllegalArgumentException e) {
      // a malformed regular expression (/.../) is refused by Lucene while the query is built
      throw new QuerySyntaxException("query syntax error: " + e.getMessage(), 0, 0, e);
    }
  }

  /**
   * Whether a query matches (nearly) every statement: match-all, or match-all narrowed only by
   * exclusions ({@code *:* AND NOT source.tags:x}).
   */
  public static boolean matchesEverything(Query query) {
    if (query instanceof MatchAllDocsQuery) {
      return true;
    }
    if (!(query instanceof BooleanQuery bq)) {
      return false;
    }
    List<Query> required = bq.clauses().stream()
        .filter(c -> c.occur() == BooleanClause.Occur.MUST || c.occur() == BooleanClause.Occur.FILTER)
        .map(BooleanClause::query).toList();
    if (!required.isEmpty()) {
      return required.stream().allMatch(QueryCompiler::matchesEverything);
    }
    return bq.clauses().stream().filter(c -> c.occur() == BooleanClause.Occur.SHOULD)
        .anyMatch(c -> matchesEverything(c.query()));
  }

  /** A query of only exclusions matches nothing in Lucene; read it as "everything except". */
  private static Query completeNegation(Query query) {
    if (query instanceof BooleanQuery bq && !bq.clauses().isEmpty()
        && bq.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
      BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
      bq.clauses().forEach(b::add);
      return b.build();
    }
    return query;
  }

  private void checkFields(Query query) throws QuerySyntaxException {
    UnknownFieldVisitor visitor = new UnknownFieldVisitor();
    query.visit(visitor);
    if (visitor.unknown() != null) {
      throw new QuerySyntaxException("unknown field '" + visitor.unknown() + "'; fields are "
          + String.join(", ", StatementFields.all()), 0, 0, null);
    }
  }

  private static QuerySyntaxException located(String message, Throwable cause) {
    String text = message == null ? cause.toString() : message;
    Matcher m = POSITION.matcher(text);
    int line = 0;
    int column = 0;
    if (m.find()) {
      line = Integer.parseInt(m.group(1));
      column = Integer.parseInt(m.group(2));
    }
    int cut = text.indexOf('\n');
    String first = cut > 0 ? text.substring(0, cut) : text;
    if (first.startsWith("Cannot parse '")) {
      int colon = first.indexOf("': ");
      first = colon > 0 ? first.substring(colon + 3) : first;
    }
    return new QuerySyntaxException("query syntax error: " + first.trim(), line, column, cause);
  }
}
