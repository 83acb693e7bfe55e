package org.fahras.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.fahras.index.ArticleFields;

/**
 * Turns query text into a Lucene query over title and body, in the syntax of Lucene's classic query
 * parser: terms, "phrases", AND / OR / NOT, + / -, parentheses, {@code field:} for title, body,
 * author, source and id. Words are joined with OR; BM25 ranks; the title counts twice the body.
 *
 * <p>Strict mode reports malformed syntax as {@link QueryParseException} with the char offset.
 * Lenient mode (the default) never fails on text: malformed syntax is read again as plain words.
 */
public final class ArticleQueryParser {
  private static final String[] FIELDS = {ArticleFields.TITLE, ArticleFields.BODY};
  private static final Map<String, Float> BOOSTS = Map.of(ArticleFields.TITLE, 2f, ArticleFields.BODY, 1f);

  private final Analyzer analyzer;

  public ArticleQueryParser(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * @param text query text
   * @param strict whether malformed syntax is an error
   * @return the query; a {@link MatchNoDocsQuery} when nothing searchable is left
   * @throws QueryParseException in strict mode, for malformed syntax
   */
  public Query parse(String text, boolean strict) {
    if (text == null || text.isBlank()) {
      return new MatchNoDocsQuery("empty query");
    }
    try {
      return orNothing(newParser().parse(text));
    } catch (ParseException | TokenMgrError e) {
      if (strict) {
        throw new QueryParseException(text, position(e), firstLine(e.getMessage()), e);
      }
    } catch (IndexSearcher.TooManyClauses e) {
      if (strict) {
        throw new QueryParseException(text, -1, "too many clauses", e);
      }
    }
    try {
      return orNothing(newParser().parse(QueryParser.escape(text)));
    } catch (ParseException | TokenMgrError | IndexSearcher.TooManyClauses e) {
      return new MatchNoDocsQuery("unparseable query: " + firstLine(e.getMessage()));
    }
  }

  private MultiFieldQueryParser newParser() {
    MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer, BOOSTS);
    parser.setDefaultOperator(QueryParser.Operator.OR);
    parser.setSplitOnWhitespace(true);
    return parser;
  }

  private static Query orNothing(Query query) {
    return query == null ? new MatchNoDocsQuery("no searchable words") : query;
  }

  private static int position(Throwable e) {
    if (e instanceof ParseException pe && pe.currentToken != null) {
      var token = pe.currentToken.next != null ? pe.currentToken.next : pe.currentToken;
      return Math.max(0, token.beginColumn - 1);
    }
    String message = e.getMessage();
    int at = message == null ? -1 : message.indexOf("column ");
    if (at >= 0) {
      int end = at + 7;
      while (end < message.length() && Character.isDigit(message.charAt(end))) {
        end++;
      }
      if (end > at + 7) {
        return Math.max(0, Integer.parseInt(message.substring(at + 7, end)) - 1);
      }
    }
    return -1;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "syntax error";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
