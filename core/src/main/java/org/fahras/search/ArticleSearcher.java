package org.fahras.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;
import org.fahras.index.Article;
import org.fahras.index.ArticleFields;
import org.fahras.index.ArticleIndex;

/**
 * Runs queries against an {@link ArticleIndex}: parses, filters, ranks with BM25, pages, and builds
 * highlighted snippets. Thread-safe; each call searches the latest point-in-time view.
 */
public final class ArticleSearcher {
  /** Hits are counted exactly up to this many; beyond it the total is a lower bound. */
  public static final int TOTAL_HITS_THRESHOLD = 1000;

  private final ArticleIndex index;
  private final ArticleQueryParser parser;
  private final SnippetHighlighter highlighter;

  public ArticleSearcher(ArticleIndex index) {
    this.index = index;
    this.parser = new ArticleQueryParser(index.analyzer());
    this.highlighter = new SnippetHighlighter(index.analyzer());
  }

  /** The first {@code k} hits for a query in lenient mode, HTML snippets. */
  public SearchResults search(String query, int k) throws IOException {
    return search(query, SearchOptions.defaults().withPage(0, k));
  }

  /**
   * @throws QueryParseException in strict mode, when the query syntax is malformed
   * @throws IOException if the index cannot be read
   */
  public SearchResults search(String query, SearchOptions options) throws IOException {
    long start = System.nanoTime();
    Query parsed = withFilters(parser.parse(query, options.strict()), options);
    return index.withSearcher(searcher -> {
      int n = options.from() + options.size();
      TopDocs top = searcher.search(parsed, new TopScoreDocCollectorManager(n, TOTAL_HITS_THRESHOLD));
      ScoreDoc[] page = pageOf(top.scoreDocs, options.from());
      TopDocs pageDocs = new TopDocs(top.totalHits, page);
      String[] snippets = highlighter.highlight(searcher, parsed, pageDocs, options.highlight());
      List<SearchHit> hits = new ArrayList<>(page.length);
      for (int i = 0; i < page.length; i++) {
        hits.add(toHit(searcher, page[i], options.from() + i + 1, snippets[i]));
      }
      long tookMs = (System.nanoTime() - start) / 1_000_000;
      return new SearchResults(query, top.totalHits.value(),
          top.totalHits.relation() == TotalHits.Relation.EQUAL_TO, hits, tookMs);
    });
  }

  /** Parses a query the way {@link #search} does, filters included: for explain or custom use. */
  public Query toQuery(String query, SearchOptions options) {
    return withFilters(parser.parse(query, options.strict()), options);
  }

  private static ScoreDoc[] pageOf(ScoreDoc[] all, int from) {
    if (from >= all.length) {
      return new ScoreDoc[0];
    }
    ScoreDoc[] page = new ScoreDoc[all.length - from];
    System.arraycopy(all, from, page, 0, page.length);
    return page;
  }

  private static Query withFilters(Query query, SearchOptions options) {
    boolean bySource = !options.sources().isEmpty();
    boolean byDate = options.fromDate() != null || options.toDate() != null;
    if (!bySource && !byDate) {
      return query;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
    if (bySource) {
      List<BytesRef> values = options.sources().stream().map(BytesRef::new).toList();
      b.add(new TermInSetQuery(ArticleFields.SOURCE, values), BooleanClause.Occur.FILTER);
    }
    if (byDate) {
      b.add(dateRange(options.fromDate(), options.toDate()), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  /** Articles published within [from, to], whole days, either end open when null. */
  public static Query dateRange(LocalDate from, LocalDate to) {
    long lo = from == null ? Long.MIN_VALUE : ArticleFields.epochSeconds(from.atStartOfDay());
    long hi = to == null ? Long.MAX_VALUE : ArticleFields.epochSeconds(to.plusDays(1).atStartOfDay()) - 1;
    return LongPoint.newRangeQuery(ArticleFields.DATE, lo, hi);
  }

  private static SearchHit toHit(IndexSearcher searcher, ScoreDoc sd, int rank, String snippet)
      throws IOException {
    Document doc = searcher.storedFields().document(sd.doc);
    Article a = ArticleFields.fromStored(doc);
    return new SearchHit(rank, sd.score, a.id(), a.title(), snippet, a.published(), a.source(), sd.doc);
  }

}
