package org.fahras.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.fahras.index.ArticleFields;

/**
 * Turns query text into a Lucene query: the Fahras query language (see {@code docs/query.md}).
 *
 * <p>Terms and {@code "phrases"} ({@code "..."~2} for slop), {@code AND} / {@code OR} /
 * {@code NOT}, {@code +} / {@code -}, parentheses, fields {@code title: body: source: author: id:
 * date:}, date ranges {@code date:[2015-07-01 TO 2015-07-31]} with {@code *} for an open end,
 * prefix {@code استراتيج*} and fuzzy {@code word~}. Words without a field search the default fields
 * (title with weight {@value #TITLE_BOOST}, body), joined with OR and ranked by BM25F (Lucene's
 * {@code CombinedFieldQuery}: Robertson, Zaragoza and Taylor, "Simple BM25 Extension to Multiple
 * Weighted Fields", CIKM 2004). The Arabic
 * words {@code و} and {@code أو} are ordinary words, never operators. Outside quotes three kinds of
 * analyzed terms are dropped (and kept in phrases): stopwords (the {@code isStopword} hook),
 * interrogatives ({@link Stopwords#interrogatives}: {@code متى أين كم ماذا}...) and proclitics
 * written apart ({@code ال}, {@code و}, {@code بـ}: a dangling article at the end of a query).
 *
 * <p>Lenient mode (the default) never fails: natural-language punctuation, curly and guillemet
 * quotes, list dashes, lone quotes and parentheses are repaired ({@link QuerySyntaxRewriter}), text
 * beyond {@value #MAX_QUERY_CHARS} chars is ignored, and what still does not parse is read as plain
 * words, except a filter whose value cannot be applied ({@code date:2015-13-01}, a date range that
 * ends before it starts, an entity name without letters): the query then matches nothing, since
 * searching the filter's words unfiltered would return articles the user excluded. Strict mode
 * throws {@link QueryParseException} with the char offset instead.
 *
 * <p>Thread-safe: a new Lucene parser is made per call.
 */
public final class ArticleQueryParser {
  /**
   * Weight of the title against the body (1) for words without a field: a BM25F field weight, so a
   * title occurrence counts as this many body occurrences before BM25's tf saturation (Robertson,
   * Zaragoza and Taylor 2004). A title names what the whole text is about, a body word may be a
   * passing mention. Chosen on ARCD paragraph retrieval (MRR@10 0.8570 with weight 2, 0.8637 with
   * 6, other ranking clauses fixed; docs/query.md).
   */
  public static final float TITLE_BOOST = 6f;
  /** Longest query read, in chars; lenient mode ignores the rest, strict mode rejects it. */
  public static final int MAX_QUERY_CHARS = 1_000;

  private final Analyzer analyzer;
  private final Map<String, Float> defaultFields;
  private final Predicate<String> isStopword;
  private final Analyzer withoutStopwords;
  private final boolean combinedFields;

  /** Title and body as default fields, Lucene's Arabic stopwords as analyzed by {@code analyzer}. */
  public ArticleQueryParser(Analyzer analyzer) {
    this(analyzer, titleAndBody(), Stopwords.of(analyzer));
  }

  /**
   * @param analyzer the analyzer of the index's text fields
   * @param defaultFields fields searched by words without a field, with their boosts, in order
   * @param isStopword whether an analyzed term is a stopword (dropped outside phrases)
   */
  public ArticleQueryParser(Analyzer analyzer, Map<String, Float> defaultFields, Predicate<String> isStopword) {
    this(analyzer, defaultFields, isStopword, true);
  }

  /**
   * @param combinedFields true: a word without a field is one BM25F {@code CombinedFieldQuery} over
   *     the default fields (boosts as field weights, at least 1); false: the sum of one BM25 term
   *     query per field, each times its boost
   */
  public ArticleQueryParser(Analyzer analyzer, Map<String, Float> defaultFields, Predicate<String> isStopword,
      boolean combinedFields) {
    this.combinedFields = combinedFields;
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    if (defaultFields.isEmpty()) {
      throw new IllegalArgumentException("at least one default field is needed");
    }
    this.defaultFields = new LinkedHashMap<>(defaultFields);
    this.isStopword = Objects.requireNonNull(isStopword, "isStopword");
    this.withoutStopwords = FahrasQueryParser.dropping(analyzer,
        isStopword.or(FahrasQueryParser::isBareProclitic).or(Stopwords.interrogatives(analyzer)));
  }

  /** {@code title} with {@link #TITLE_BOOST}, then {@code body} with 1. */
  public static Map<String, Float> titleAndBody() {
    Map<String, Float> m = new LinkedHashMap<>();
    m.put(ArticleFields.TITLE, TITLE_BOOST);
    m.put(ArticleFields.BODY, 1f);
    return m;
  }

  /**
   * @param text query text, may be null or empty
   * @param strict whether malformed syntax is an error
   * @return the query; a {@link MatchAllDocsQuery} for {@code *} or {@code *:*} ({@link #isMatchAll});
   *     a {@link MatchNoDocsQuery} when nothing searchable is left, or in lenient mode
   *     when a filter's value cannot be applied ({@link #isInvalidFilter})
   * @throws QueryParseException in strict mode, for malformed syntax or a filter value that cannot be
   *     applied, at its char offset
   */
  public Query parse(String text, boolean strict) {
    if (text == null || text.isBlank()) {
      return new MatchNoDocsQuery("empty query");
    }
    if (isMatchAll(text)) {
      return new MatchAllDocsQuery();
    }
    if (text.length() > MAX_QUERY_CHARS) {
      if (strict) {
        throw new QueryParseException(text, MAX_QUERY_CHARS, "query longer than " + MAX_QUERY_CHARS + " chars", null);
      }
      text = truncate(text);
    }
    String syntax;
    if (strict) {
      syntax = QuerySyntaxRewriter.rewrite(text, true);
    } else {
      QuerySyntaxRewriter.Lenient lenient = QuerySyntaxRewriter.rewriteLenient(text);
      Optional<QueryParseException> invalid = lenient.invalidDate();
      if (invalid.isPresent()) { // a date filter asked for and unreadable: nothing, not the words unfiltered
        return new MatchNoDocsQuery("filter not applicable: " + invalid.get().getMessage());
      }
      syntax = DanglingOperators.blank(lenient.syntax());
    }
    if (syntax.isBlank()) { // only punctuation (؟؟؟, ،): no words, in either mode
      return new MatchNoDocsQuery("no words in the query");
    }
    try {
      return orNothing(newParser().parse(syntax));
    } catch (ParseException | TokenMgrError e) {
      if (strict) {
        throw new QueryParseException(text, position(e, text), reason(e, syntax), e);
      }
      if (isInvalidFilter(e)) { // a filter asked for and not applicable: nothing, not the words unfiltered
        return new MatchNoDocsQuery("filter not applicable: " + reason(e, syntax));
      }
    } catch (IndexSearcher.TooManyClauses e) {
      if (strict) {
        throw new QueryParseException(text, -1, "too many clauses", e);
      }
    }
    try {
      return orNothing(newParser().parse(plainWords(syntax)));
    } catch (ParseException | TokenMgrError | IndexSearcher.TooManyClauses e) {
      return new MatchNoDocsQuery("unparseable query: " + firstLine(e.getMessage()));
    }
  }

  /**
   * Whether the query is {@code *} or {@code *:*} (spaces around it allowed): every article, as in
   * Lucene's classic syntax; with a source or date filter, every article it keeps.
   */
  public static boolean isMatchAll(String text) {
    String t = text.strip();
    return t.equals("*") || t.equals("*:*");
  }

  /**
   * Whether a parse error is a filter value that cannot be applied ({@code date:2015-13-01}, a range
   * that ends before it starts, an entity name without letters), not malformed syntax: lenient parsing
   * then matches nothing instead of searching the filter's words as text.
   */
  public static boolean isInvalidFilter(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof FahrasQueryParser.InvalidFilterException) {
        return true;
      }
    }
    return false;
  }

  /** How lenient mode reads a query that strict mode refuses ({@link #lenientReading}). */
  public enum LenientReading {
    /** Valid syntax: both modes read it the same. */
    AS_WRITTEN,
    /**
     * Parsed after lenient repairs: a lone quote or parenthesis ignored, an operator with nothing to
     * join dropped ({@code كورونا AND}), text beyond the limit cut.
     */
    REPAIRED,
    /** Still malformed after the repairs: its words are searched as plain text. */
    PLAIN_WORDS,
    /** A filter whose value cannot be applied: the query matches nothing. */
    NOTHING
  }

  /**
   * @return how {@link #parse parse(text, false)} reads {@code text}, for telling a user why a
   *     lenient search differs from what was typed; {@link LenientReading#AS_WRITTEN} for a blank text
   */
  public LenientReading lenientReading(String text) {
    if (text == null || text.isBlank()) {
      return LenientReading.AS_WRITTEN;
    }
    try {
      parse(text, true);
      return LenientReading.AS_WRITTEN;
    } catch (QueryParseException e) {
      if (isInvalidFilter(e)) {
        return LenientReading.NOTHING;
      }
    }
    String syntax = DanglingOperators.blank(
        QuerySyntaxRewriter.rewrite(text.length() > MAX_QUERY_CHARS ? truncate(text) : text, false));
    if (syntax.isBlank()) {
      return LenientReading.REPAIRED; // what strict mode refused was all there was
    }
    try {
      newParser().parse(syntax);
      return LenientReading.REPAIRED;
    } catch (ParseException | TokenMgrError | IndexSearcher.TooManyClauses e) {
      return isInvalidFilter(e) ? LenientReading.NOTHING : LenientReading.PLAIN_WORDS;
    }
  }

  /** The analyzer this parser analyzes words with. */
  public Analyzer analyzer() {
    return analyzer;
  }

  /** The stopword hook. */
  public Predicate<String> isStopword() {
    return isStopword;
  }

  /** The default fields and their boosts. */
  public Map<String, Float> defaultFields() {
    return Map.copyOf(defaultFields);
  }

  /** The default fields and their boosts, in the order given. */
  Map<String, Float> orderedDefaultFields() {
    return java.util.Collections.unmodifiableMap(defaultFields);
  }

  private FahrasQueryParser newParser() {
    return new FahrasQueryParser(analyzer, defaultFields, withoutStopwords, combinedFields);
  }

  private static String truncate(String text) {
    int end = MAX_QUERY_CHARS;
    while (end > 0 && !Character.isWhitespace(text.charAt(end))) {
      end--;
    }
    return text.substring(0, end > 0 ? end : MAX_QUERY_CHARS);
  }

  /** Every syntax char made a space and operators lower-cased: the text read as words only. */
  static String plainWords(String syntax) {
    StringBuilder b = new StringBuilder(syntax.length());
    for (int i = 0; i < syntax.length(); i++) {
      char c = syntax.charAt(i);
      b.append(QuerySyntaxRewriter.isWordChar(c) ? c : ' ');
    }
    String[] words = b.toString().split(" ");
    StringBuilder out = new StringBuilder(syntax.length());
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      if (w.equals("AND") || w.equals("OR") || w.equals("NOT") || w.equals("TO")) {
        continue; // an operator the syntax could not place is not a word the user searched for
      }
      out.append(w).append(' ');
    }
    return out.toString();
  }

  private static Query orNothing(Query query) {
    return query == null ? new MatchNoDocsQuery("no searchable words") : query;
  }

  /**
   * The char offset of a parse error: the parser's token position, else the first value the
   * message quotes ('...') where it stands in the text, else -1.
   */
  private static int position(Throwable e, String text) {
    int pos = position(e, text.length());
    String message = e.getMessage();
    if (pos < 0 && message != null) {
      int close = message.lastIndexOf('\'');
      int open = close > 0 ? message.lastIndexOf('\'', close - 1) : -1;
      String quoted = open >= 0 && close > open + 1 ? message.substring(open + 1, close) : "";
      if (!quoted.isEmpty() && !quoted.equals(text)) { // the whole query quoted says nothing of where
        pos = text.indexOf(quoted);
      }
    }
    return Math.min(pos, text.length()); // a lexical error "at EOF" counts a column past the end
  }

  /**
   * The char offset of a classic-parser error: its token's column, which Lucene's {@code FastCharStream}
   * counts from 0 (one line, tabs are spaces), else the column its message names; -1 when neither.
   */
  private static int position(Throwable e, int length) {
    if (unwrapped(e) instanceof ParseException pe && pe.currentToken != null) {
      var token = offending(pe);
      if (token.kind == 0) {
        return length;
      }
      return Math.max(0, token.beginColumn);
    }
    String message = e.getMessage();
    int at = message == null ? -1 : message.indexOf("column ");
    if (at >= 0) {
      int end = at + 7;
      while (end < message.length() && Character.isDigit(message.charAt(end))) {
        end++;
      }
      if (end > at + 7) {
        return Integer.parseInt(message.substring(at + 7, end));
      }
    }
    return -1;
  }

  /**
   * The classic parser's own exception: {@code QueryParserBase.parse} wraps the grammar's
   * {@link ParseException} (which knows its token) in one that only has a message.
   */
  private static Throwable unwrapped(Throwable e) {
    return e instanceof ParseException outer && outer.currentToken == null
        && outer.getCause() instanceof ParseException inner ? inner : e;
  }

  /** The token the grammar did not expect: the one after the last token it read. */
  private static Token offending(ParseException pe) {
    return pe.currentToken.next != null ? pe.currentToken.next : pe.currentToken;
  }

  /**
   * The words of a parse error: for a token the grammar did not expect, what stood there (the end of the
   * query, or the token) where a word or phrase was expected; for Fahras's own checks (dates), their
   * message without the classic parser's {@code Cannot parse '<query>': } preamble.
   */
  private static String reason(Throwable e, String syntax) {
    if (unwrapped(e) instanceof ParseException pe && pe.currentToken != null) {
      var token = offending(pe);
      if (token.kind == 0) {
        return "the query ends where a word or phrase was expected";
      }
      boolean openRangeEnd = "TO".equals(pe.currentToken.image) && (token.image.equals("]") || token.image.equals("}"));
      return "'" + token.image + "' stands where a word or phrase was expected"
          + (openRangeEnd ? " (an open end of a range is written *: [2015-07-01 TO *])" : "");
    }
    String message = firstLine(e.getMessage());
    String preamble = "Cannot parse '" + syntax + "': ";
    return message.startsWith(preamble) && message.length() > preamble.length()
        ? message.substring(preamble.length()) : message;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "syntax error";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

}
