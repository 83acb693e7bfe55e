package org.fahras.search;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CombinedFieldQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.fahras.entity.EntityQueries;
import org.fahras.index.ArticleFields;

/**
 * Lucene's classic {@link QueryParser} with Fahras's fields: words without a field go to every
 * default field (each with its boost, scores summed); {@code source:} and {@code id:} match exact
 * values; {@code date:} takes a day, month or year ({@code 2015-07-01}, {@code 2015-07},
 * {@code 2015}) or a range {@code [2015-07-01 TO *]}; a prefix {@code استراتيج*} is normalized and
 * may follow a proclitic ({@link ProcliticPrefixQuery}); a fuzzy term {@code word~} is analyzed
 * first. Stopwords are dropped from words outside quotes and kept inside phrases. A group of only
 * negated clauses ({@code NOT موسكو}, {@code -موسكو}) matches every article without them, as in
 * Elasticsearch's {@code query_string}, instead of nothing (Lucene's reading); beside words such a
 * group filters them ({@code بوتين (NOT موسكو)} is بوتين without موسكو), as {@code date:} and
 * {@code source:} do ({@link FilterClauses}).
 *
 * <p>Not thread-safe (like its parent): make one per parse.
 */
final class FahrasQueryParser extends QueryParser {
  /** The pseudo field of words typed without a field. */
  static final String DEFAULT_FIELD = "\u0000default";

  /**
   * A filter whose value cannot be applied (a date that is no date, a range that ends before it
   * starts, an entity field without a name): unlike malformed syntax, lenient parsing does not read
   * it as words, since the user asked for a filter ({@link ArticleQueryParser#parse}).
   */
  static final class InvalidFilterException extends ParseException {
    private static final long serialVersionUID = 1L;

    InvalidFilterException(String message) {
      super(message);
    }
  }

  private final Map<String, Float> defaultFields;
  private final Analyzer analyzer;
  private final Analyzer withoutStopwords;
  private final boolean combinedFields;
  private final FilterClauses filters = new FilterClauses();
  /** {@code QueryParserBase.CONJ_OR} (package-private there): the clause follows an explicit {@code OR}. */
  private static final int CONJUNCTION_OR = 2;

  /**
   * @param withoutStopwords the analyzer of words outside phrases: {@code analyzer} dropping
   *     stopwords, interrogatives and bare proclitics ({@link #dropping}, see {@link ArticleQueryParser})
   */
  FahrasQueryParser(Analyzer analyzer, Map<String, Float> defaultFields, Analyzer withoutStopwords,
      boolean combinedFields) {
    super(DEFAULT_FIELD, analyzer);
    this.analyzer = analyzer;
    this.defaultFields = defaultFields;
    this.combinedFields = combinedFields;
    this.withoutStopwords = withoutStopwords;
    setDefaultOperator(Operator.OR);
    setSplitOnWhitespace(true);
    setAutoGeneratePhraseQueries(false);
  }

  /** {@code analyzer} without the terms {@code isStopword} accepts (for words outside phrases). */
  static Analyzer dropping(Analyzer analyzer, Predicate<String> isStopword) {
    return new AnalyzerWrapper(analyzer.getReuseStrategy()) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        return analyzer;
      }

      @Override
      protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        TokenStream filtered = new FilteringTokenFilter(components.getTokenStream()) {
          private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

          @Override
          protected boolean accept() {
            return !isStopword.test(term.toString());
          }
        };
        return new TokenStreamComponents(components.getSource(), filtered);
      }
    };
  }

  /**
   * Whether a term is only a proclitic sequence ({@code ال}, {@code وال}, {@code و}, {@code ب}...)
   * written apart, as in a query that ends with a dangling {@code ال}: never a content word.
   */
  static boolean isBareProclitic(String term) {
    for (String p : ProcliticPrefixQuery.ARTICLES) {
      if (p.equals(term)) {
        return true;
      }
    }
    for (String p : ProcliticPrefixQuery.SINGLE) {
      if (p.equals(term)) {
        return true;
      }
    }
    return false;
  }

  /** A group of clauses that all exclude gets "every article" to exclude from. */
  @Override
  protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
    BooleanQuery filtered = filters.apply(clauses);
    if (filtered != null) {
      return filtered;
    }
    Query q = super.getBooleanQuery(clauses);
    if (q instanceof BooleanQuery b && !b.clauses().isEmpty()
        && b.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
      BooleanQuery.Builder all = new BooleanQuery.Builder().add(MatchAllDocsQuery.INSTANCE, BooleanClause.Occur.FILTER);
      b.clauses().forEach(all::add);
      return filters.negations(all.build());
    }
    String field = filters.sameField(clauses);
    return field == null || q == null ? q : filters.filter(q, field);
  }

  @Override
  protected void addClause(List<BooleanClause> clauses, int conj, int mods, Query q) {
    if (conj == CONJUNCTION_OR && q != null) {
      filters.joinedByOr(clauses, q);
    }
    super.addClause(clauses, conj, mods, q);
  }

  @Override
  protected Query newFieldQuery(Analyzer a, String field, String queryText, boolean quoted) throws ParseException {
    return super.newFieldQuery(quoted ? analyzer : outsidePhrase(queryText), field, queryText, quoted);
  }

  /** The analyzer of a word outside phrases: stopwords dropped, except the name علي typed so. */
  private Analyzer outsidePhrase(String word) {
    return Stopwords.isTypedName(word) ? analyzer : withoutStopwords;
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
    queryText = QuerySyntaxRewriter.restore(queryText);
    if (field.equals(DEFAULT_FIELD) && combinedFields && !quoted) {
      return bm25f(queryText);
    }
    if (field.equals(DEFAULT_FIELD)) {
      List<Query> perField = new ArrayList<>();
      for (String f : defaultFields.keySet()) {
        perField.add(getFieldQuery(f, queryText, quoted));
      }
      return combine(perField);
    }
    if (EntityQueries.isEntityPrefix(field)) {
      Query entity;
      try {
        entity = EntityQueries.query(field, queryText);
      } catch (IllegalArgumentException e) {
        throw new InvalidFilterException(e.getMessage());
      }
      // The name as a phrase in the body, optional and weightless: it changes neither which
      // articles match nor their scores, but lets the highlighter mark the mention in snippets.
      Query mention = super.getFieldQuery(ArticleFields.BODY, queryText, true);
      // beside words an entity clause is a filter, as date: and source: are (الهلال place:لندن is
      // Al-Hilal's articles that mention London); clauses of one prefix are either-or
      String key = "entity:" + field.toLowerCase(Locale.ROOT);
      if (mention == null) {
        return filters.filter(entity, key);
      }
      return filters.filter(new BooleanQuery.Builder()
          .add(entity, BooleanClause.Occur.MUST)
          .add(new BoostQuery(mention, 0f), BooleanClause.Occur.SHOULD)
          .build(), key);
    }
    return switch (field) {
      case ArticleFields.ID -> new TermQuery(new Term(field, queryText));
      case ArticleFields.SOURCE -> filters.filter(new TermInSetQuery(field,
          ArticleFields.sourceTerms(queryText).stream().map(BytesRef::new).toList()), field);
      case ArticleFields.DATE -> filters.filter(
          DateTerms.range(parseDay(queryText, false), parseDay(queryText, true)), field);
      default -> super.getFieldQuery(field, queryText, quoted);
    };
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    if (field.equals(DEFAULT_FIELD)) {
      List<Query> perField = new ArrayList<>();
      for (String f : defaultFields.keySet()) {
        perField.add(getFieldQuery(f, queryText, slop));
      }
      return combine(perField);
    }
    Query q = getFieldQuery(field, queryText, true);
    if (q instanceof PhraseQuery pq) {
      PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(slop);
      Term[] terms = pq.getTerms();
      int[] positions = pq.getPositions();
      for (int i = 0; i < terms.length; i++) {
        b.add(terms[i], positions[i]);
      }
      return b.build();
    }
    if (q instanceof MultiPhraseQuery mpq) {
      return new MultiPhraseQuery.Builder(mpq).setSlop(slop).build();
    }
    return q;
  }

  /** One BM25F {@link CombinedFieldQuery} per term over the default fields (title weight as its boost). */
  private Query bm25f(String queryText) {
    String first = defaultFields.keySet().iterator().next();
    List<String> terms = AnalyzedTerms.of(outsidePhrase(queryText), first, queryText);
    if (terms.isEmpty()) {
      return null;
    }
    if (terms.size() == 1) {
      return bm25fTerm(terms.get(0));
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String t : terms) {
      b.add(bm25fTerm(t), BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  private Query bm25fTerm(String term) {
    CombinedFieldQuery.Builder c = new CombinedFieldQuery.Builder(term);
    for (Map.Entry<String, Float> f : defaultFields.entrySet()) {
      c.addField(f.getKey(), Math.max(1f, f.getValue()));
    }
    return c.build();
  }

  /** Sums the per-field queries, each boosted by its field's weight (nulls: filtered-away words). */
  private Query combine(List<Query> perField) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int i = 0;
    int n = 0;
    for (String f : defaultFields.keySet()) {
      Query q = perField.get(i++);
      if (q != null) {
        float boost = defaultFields.get(f);
        b.add(boost == 1f ? q : new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
        n++;
      }
    }
    return n == 0 ? null : b.build();
  }

  @Override
  protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    if (!field.equals(ArticleFields.DATE)) {
      throw new InvalidFilterException("ranges are supported only on date:, not on '" + printable(field) + "'");
    }
    LocalDate from = part1 == null ? null : parseDay(part1, false);
    LocalDate to = part2 == null ? null : parseDay(part2, true);
    if (from != null && to != null && from.isAfter(to)) {
      // the start quoted alone, so the error's character offset points at it
      throw new InvalidFilterException("date range starts after it ends: '" + part1 + "' is after " + part2);
    }
    // an excluded end ({2015-07 TO ...) leaves out its whole day, month or year
    from = from == null || startInclusive ? from : parseDay(part1, true).plusDays(1);
    to = to == null || endInclusive ? to : parseDay(part2, false).minusDays(1);
    if (from != null && to != null && from.isAfter(to)) {
      return filters.filter(new MatchNoDocsQuery("no whole day inside the range"), field);
    }
    return filters.filter(DateTerms.range(from, to), field);
  }

  /** A day, or the first (or last, when {@code end}) day of a month {@code yyyy-MM} or year {@code yyyy}. */
  private static LocalDate parseDay(String written, boolean end) throws ParseException {
    StringBuilder ascii = new StringBuilder(written.length());
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      ascii.append(DateSyntax.asciiDigit(c)); // ٢٠١٥ -> 2015
    }
    String text = ascii.toString();
    try {
      return switch (text.length()) {
        case 4 -> end ? LocalDate.of(Integer.parseInt(text), 12, 31) : LocalDate.of(Integer.parseInt(text), 1, 1);
        case 7 -> end ? YearMonth.parse(text).atEndOfMonth() : YearMonth.parse(text).atDay(1);
        default -> LocalDate.parse(text);
      };
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new InvalidFilterException("not a date (yyyy-MM-dd, yyyy-MM or yyyy): '" + written + "'");
    }
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    if (field.equals(DEFAULT_FIELD)) {
      List<Query> perField = new ArrayList<>();
      for (String f : defaultFields.keySet()) {
        perField.add(getPrefixQuery(f, termStr));
      }
      return combine(perField);
    }
    if (field.equals(ArticleFields.SOURCE)) {
      return filters.filter(super.getPrefixQuery(field, termStr), field);
    }
    if (field.equals(ArticleFields.ID)) {
      return super.getPrefixQuery(field, termStr);
    }
    if (field.equals(ArticleFields.DATE) || EntityQueries.isEntityPrefix(field)) {
      throw new InvalidFilterException("prefix search is not supported on " + field + ": '" + termStr + "*'"
          + entityHint(field));
    }
    String normalized = analyzer.normalize(field, termStr).utf8ToString();
    return normalized.isEmpty() ? null : ProcliticPrefixQuery.of(field, normalized);
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
    if (field.equals(DEFAULT_FIELD)) {
      List<Query> perField = new ArrayList<>();
      for (String f : defaultFields.keySet()) {
        perField.add(getFuzzyQuery(f, termStr, minSimilarity));
      }
      return combine(perField);
    }
    if (field.equals(ArticleFields.DATE) || EntityQueries.isEntityPrefix(field)) {
      throw new InvalidFilterException("fuzzy search is not supported on " + field + ": '" + termStr + "~'"
          + entityHint(field));
    }
    String term = field.equals(ArticleFields.SOURCE) || field.equals(ArticleFields.ID)
        ? termStr : AnalyzedTerms.single(analyzer, field, termStr);
    if (term == null) {
      return null;
    }
    int cp = term.codePointCount(0, term.length());
    int edits = Math.min(cp <= 4 ? 1 : 2, Math.max(1, Math.round(minSimilarity)));
    Query fuzzy = new org.apache.lucene.search.FuzzyQuery(new Term(field, term), edits, 0);
    return field.equals(ArticleFields.SOURCE) ? filters.filter(fuzzy, field) : fuzzy;
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    throw new ParseException("only a trailing * (prefix search) is supported, not '" + termStr + "'");
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    throw new ParseException("regular expressions are not supported: '" + termStr + "'");
  }

  /** For an entity field: spelling variants are matched already, so the name alone is what to type. */
  private static String entityHint(String field) {
    return EntityQueries.isEntityPrefix(field)
        ? " (an entity name already matches its aliases and spelling variants: type the whole name)" : "";
  }

  private static String printable(String field) {
    return field.equals(DEFAULT_FIELD) ? "(no field)" : field;
  }
}
