package org.fahras.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.BytesRef;
import org.fahras.index.ArticleFields;
import org.fahras.entity.EntityFacets;
import org.fahras.entity.EntityType;
import org.fahras.index.ArticleIndex;
import org.fahras.index.HitSummaries;
import org.fahras.index.HitSummary;

/**
 * Runs queries against an {@link ArticleIndex}: parses ({@link ArticleQueryParser}), ranks (BM25
 * with a title boost and a proximity boost, {@link RankedQueryBuilder}), filters by source and
 * date, sorts by relevance or date, pages (from/size or a {@code searchAfter} cursor), counts
 * facets, marks snippets ({@link SnippetHighlighter}), suggests spellings ({@link DidYouMean}) and
 * explains scores.
 *
 * <p>Thread-safe; each call searches the latest point-in-time view. In lenient mode (the default)
 * no query text makes {@code search} throw: bad input gives no hits.
 */
public final class ArticleSearcher {
  /** Hits are counted exactly up to this many; beyond it the total is a lower bound. */
  public static final int TOTAL_HITS_THRESHOLD = 1000;
  /**
   * In relevance order, how many first-pass hits (BM25F of the parsed query, which Lucene can
   * score with block-max WAND) are re-ranked with the ranking clauses of {@link RankedQueryBuilder}
   * ({@link RankingClauses#rescore}: the scores of Lucene's {@link
   * org.apache.lucene.search.QueryRescorer}, each term's postings read once, positions only for the
   * hits that can still reach the requested page); hits beyond keep their first-pass order. Queries
   * without ranking clauses ({@link RankedQueryBuilder#clauses} null: no positive word), and date
   * orders, collect only the requested page and one hit beyond it (which tells whether a next page
   * exists).
   */
  public static final int RESCORE_WINDOW = 100;
  private final ArticleIndex index;
  private final ArticleQueryParser parser;
  private final RankedQueryBuilder ranking;
  private final SnippetHighlighter highlighter;
  private final ArticleFacets facets;
  private final DidYouMean didYouMean;

  /** A searcher with Lucene's Arabic stopwords (as the index's analyzer gives them) as the stopword hook. */
  public ArticleSearcher(ArticleIndex index) {
    this(index, Stopwords.of(index.analyzer()));
  }

  /**
   * @param isStopword whether an analyzed term is a stopword: dropped from non-phrase clauses
   */
  public ArticleSearcher(ArticleIndex index, Predicate<String> isStopword) {
    this.index = index;
    this.parser = new ArticleQueryParser(index.analyzer(), ArticleQueryParser.titleAndBody(), isStopword);
    this.ranking = new RankedQueryBuilder(parser, RankedQueryBuilder.Weights.defaults());
    this.highlighter = new SnippetHighlighter(index.analyzer());
    this.facets = new ArticleFacets(index.facetsConfig());
    this.didYouMean = new DidYouMean(index.analyzer(), List.of(ArticleFields.BODY, ArticleFields.TITLE), isStopword);
  }

  /** The first {@code k} hits for a query in lenient mode, HTML snippets. */
  public SearchResults search(String query, int k) throws IOException {
    return search(query, SearchOptions.defaults().withPage(0, k));
  }

  /**
   * @throws QueryParseException in strict mode, when the query syntax is malformed
   * @throws NullPointerException if {@code query} or {@code options} is null
   * @throws IOException if the index cannot be read
   */
  public SearchResults search(String query, SearchOptions options) throws IOException {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(options, "options");
    long start = System.nanoTime();
    Query parsed = parser.parse(query, options.strict());
    try {
      return run(query, parsed, options, start);
    } catch (IndexSearcher.TooManyClauses e) {
      // prefix and fuzzy terms expand at search time; past the clause limit, lenient mode searches the plain words
      if (options.strict()) {
        throw new QueryParseException(query, -1, "the query expands to too many terms (" + e.getMessage() + ")", e);
      }
      try {
        return run(query, parser.parse(ArticleQueryParser.plainWords(query), false), options, start);
      } catch (IndexSearcher.TooManyClauses again) {
        return run(query, new org.apache.lucene.search.MatchNoDocsQuery("too many clauses"), options, start);
      }
    }
  }

  private SearchResults run(String query, Query parsed, SearchOptions options, long start) throws IOException {
    Query filtered = withFilters(parsed, options);
    SearchCursor cursor = options.after() == null ? null : SearchCursor.parse(options.after());
    boolean window = options.sort() == SortOrder.RELEVANCE && (cursor == null || cursor.isWindowOffset());
    // with a cursor the page starts where the cursor says: the first page's from is not added again
    int from = cursor == null ? options.from() : cursor.isWindowOffset() ? cursor.windowOffset() : 0;
    int n = from + options.size();
    // ranks before this page: those of the pages a search-after cursor has passed
    int ranksBefore = cursor == null ? 0 : cursor.ranksBefore();
    RankingClauses clauses = window ? rankingClauses(parsed) : null;
    boolean rescoring = clauses != null;
    return index.withSearcher(searcher -> {
      ScoreDoc after = window || cursor == null ? null : cursor.toScoreDoc();
      // one hit beyond the page tells whether a next page exists
      // never more hits than documents: a far page (from in the millions) must not size a huge queue
      int wanted = rescoring ? Math.max(n + 1, RESCORE_WINDOW) : n + 1;
      CollectorManager<?, ? extends TopDocs> topManager =
          topManager(options.sort(), Math.min(wanted, Math.max(1, searcher.getIndexReader().maxDoc())), after);
      TopDocs top;
      FacetCounts counts = FacetCounts.NONE;
      long total;
      boolean exact;
      if (options.facets()) {
        Object[] both = searcher.search(filtered, new MultiCollectorManager(topManager, new FacetsCollectorManager()));
        top = (TopDocs) both[0];
        FacetsCollector matching = (FacetsCollector) both[1];
        counts = facets.count(searcher.getIndexReader(), matching);
        // the facet collector saw every match: the count is exact, not the top-hits collector's lower bound
        total = matching.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
        exact = true;
      } else {
        top = searcher.search(filtered, topManager);
        total = top.totalHits.value();
        exact = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
        // * (every article): the index's own count when it can tell it, not a lower bound; other
        // queries are not rewritten twice (a prefix or fuzzy word expands at each rewrite)
        long counted = exact || !(parsed instanceof MatchAllDocsQuery) ? -1 : cheapCount(searcher, filtered);
        if (counted >= 0) {
          total = counted;
          exact = true;
        }
      }
      ScoreDoc[] firstPass = top.scoreDocs;
      // only the ranks up to this page must be exact; a later page rescores again with its own end
      ScoreDoc[] ordered = rescoring ? clauses.rescore(searcher, firstPass, RESCORE_WINDOW, Math.max(1, n)) : firstPass;
      ScoreDoc[] page = slice(ordered, from, options.size());
      if (options.sort() != SortOrder.RELEVANCE) {
        TopFieldCollector.populateScores(page, searcher, filtered);
      }
      String[][] snippets = options.highlight() == HighlightFormat.NONE
          ? new String[page.length][2]
          : highlighter.highlight(searcher, MentionHighlights.forPage(searcher, parsed, page, index.analyzer()),
              new TopDocs(top.totalHits, page), options.highlight());
      List<SearchHit> hits = new ArrayList<>(page.length);
      // the hit fields come from one doc value per hit: the body is read by the highlighter only
      HitSummary[] summaries = HitSummaries.read(searcher.getIndexReader(),
          Arrays.stream(page).mapToInt(sd -> sd.doc).toArray());
      for (int i = 0; i < page.length; i++) {
        hits.add(toHit(summaries[i], page[i], ranksBefore + from + i + 1, snippets[i], options.highlight()));
      }
      String next = null;
      int end = from + page.length;
      if (page.length > 0 && ordered.length > end) {
        next = rescoring && end < Math.min(RESCORE_WINDOW, ordered.length)
            ? SearchCursor.windowOffset(end).toString()
            : SearchCursor.after(options.sort(), window ? firstPass[end - 1] : page[page.length - 1], ranksBefore + end)
                .toString();
      }
      String suggestion = total < DidYouMean.FEW_HITS
          ? didYouMean.suggest(searcher.getIndexReader(), query) : null;
      long tookMs = (System.nanoTime() - start) / 1_000_000;
      return new SearchResults(query, total, exact, hits, tookMs, next, counts, suggestion);
    });
  }

  /** The ranking clauses of a parsed query, or null when it has none (or too many to build). */
  private RankingClauses rankingClauses(Query parsed) {
    try {
      return ranking.clauses(parsed);
    } catch (IndexSearcher.TooManyClauses e) {
      return null;
    }
  }

  /**
   * How the score of one article for a query came about (BM25 per term and field, title boost,
   * proximity clauses), as Lucene's {@link Explanation}.
   *
   * @return the explanation, or empty when no article has this id
   * @throws QueryParseException in strict mode, when the query syntax is malformed
   */
  public Optional<Explanation> explain(String query, String articleId, SearchOptions options) throws IOException {
    Objects.requireNonNull(articleId, "articleId");
    Query q = toQuery(query, options);
    return index.withSearcher(searcher -> {
      TopDocs byId = searcher.search(new TermQuery(new Term(ArticleFields.ID, articleId)), 1);
      if (byId.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(searcher.explain(q, byId.scoreDocs[0].doc));
    });
  }

  /**
   * The entities mentioned most in the articles matching a query (all matches, not a page): "which
   * people appear in articles about X". Needs an index built with entity recognition on.
   *
   * @param query query text, as for {@link #search(String, SearchOptions)}
   * @param type only this type, or null for every type
   * @param top at most this many entities, by descending article count
   * @return entity, type, display name and number of matching articles that mention it
   * @throws QueryParseException in strict mode for malformed syntax
   * @throws IllegalArgumentException if {@code top} is below 1
   */
  public List<EntityFacets.EntityCount> entityFacets(String query, SearchOptions options, EntityType type, int top)
      throws IOException {
    requirePositiveTop(top);
    Query parsed = toQuery(query, options);
    return index.withSearcher(searcher ->
        EntityFacets.count(searcher.getIndexReader(), EntityFacets.matchingDocs(searcher, parsed), type, top));
  }

  /**
   * The entities most often mentioned in the same articles as the entity {@code entityId} (a
   * canonical id, as in {@link EntityFacets.EntityCount#id()}), itself excluded.
   *
   * @throws NullPointerException if {@code entityId} is null
   * @throws IllegalArgumentException if {@code top} is below 1
   */
  public List<EntityFacets.EntityCount> cooccurring(String entityId, EntityType type, int top) throws IOException {
    Objects.requireNonNull(entityId, "entityId");
    requirePositiveTop(top);
    return index.withSearcher(searcher -> EntityFacets.cooccurring(searcher, entityId, type, top));
  }

  private static void requirePositiveTop(int top) {
    if (top < 1) {
      throw new IllegalArgumentException("top must be at least 1, got " + top);
    }
  }

  /** The query {@link #search} runs, ranking and filters included: for explain or custom use. */
  public Query toQuery(String query, SearchOptions options) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(options, "options");
    return withFilters(ranking.build(query, options.strict()), options);
  }

  /** The parser of this searcher. */
  public ArticleQueryParser parser() {
    return parser;
  }

  private static CollectorManager<?, ? extends TopDocs> topManager(SortOrder order, int n, ScoreDoc after) {
    return switch (order) {
      case RELEVANCE -> new TopScoreDocCollectorManager(n, after, TOTAL_HITS_THRESHOLD);
      case NEWEST, OLDEST -> new TopFieldCollectorManager(dateSort(order), n,
          (org.apache.lucene.search.FieldDoc) after, TOTAL_HITS_THRESHOLD);
    };
  }

  private static Sort dateSort(SortOrder order) {
    boolean newest = order == SortOrder.NEWEST;
    return new Sort(new SortField(ArticleFields.DATE, SortField.Type.LONG, newest,
        newest ? SearchCursor.MISSING_NEWEST : SearchCursor.MISSING_OLDEST));
  }

  /**
   * The number of matches of {@code query} when every segment can tell it without visiting them
   * ({@link Weight#count}: all live documents for an unfiltered {@code *}), else -1.
   */
  private static long cheapCount(IndexSearcher searcher, Query query) throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    long total = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      int count = weight.count(leaf);
      if (count < 0) {
        return -1;
      }
      total += count;
    }
    return total;
  }

  private static ScoreDoc[] slice(ScoreDoc[] all, int from, int size) {
    if (from >= all.length) {
      return new ScoreDoc[0];
    }
    return Arrays.copyOfRange(all, from, Math.min(all.length, from + size));
  }

  private static Query withFilters(Query query, SearchOptions options) {
    boolean bySource = !options.sources().isEmpty();
    boolean byDate = options.fromDate() != null || options.toDate() != null;
    if (!bySource && !byDate) {
      return query;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
    if (bySource) {
      List<BytesRef> values = options.sources().stream().flatMap(v -> ArticleFields.sourceTerms(v).stream())
          .distinct().map(BytesRef::new).toList();
      b.add(new TermInSetQuery(ArticleFields.SOURCE, values), BooleanClause.Occur.FILTER);
    }
    if (byDate) {
      b.add(dateRange(options.fromDate(), options.toDate()), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  /** Articles published within [from, to], whole days, either end open when null. */
  public static Query dateRange(LocalDate from, LocalDate to) {
    return DateTerms.range(from, to);
  }

  private static SearchHit toHit(HitSummary summary, ScoreDoc sd, int rank, String[] snippet,
      HighlightFormat format) {
    String id = summary.id();
    String plainTitle = summary.title();
    String title = snippet[0] == null ? "" : snippet[0];
    String body = snippet[1] == null ? "" : snippet[1].strip(); // a passage may end on the text's line breaks
    String text = body;
    if (format != HighlightFormat.NONE && !body.contains(format.pre()) && title.contains(format.pre())) {
      text = title + " — " + body;
    }
    String markedTitle = snippet[0] != null ? snippet[0]
        : format.escapeHtml() ? WholeWordPassageFormatter.escapeHtml(plainTitle) : plainTitle;
    return new SearchHit(rank, sd.score, id, plainTitle, text, summary.published(), summary.source(), sd.doc,
        markedTitle);
  }
}
