package org.fahras.search;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of hits.
 *
 * @param query the query text as given
 * @param totalHits number of matching articles, exact when {@code totalHitsExact}, else a lower
 *     bound (counting stops being exact past {@link ArticleSearcher#TOTAL_HITS_THRESHOLD})
 * @param totalHitsExact whether {@code totalHits} is exact
 * @param hits the requested page, best first
 * @param tookMillis wall time of the search and highlighting, in ms
 * @param nextCursor cursor for the page after this one ({@link SearchOptions#withAfter}), or null
 *     exactly when no hit follows this page (the search collects one hit beyond the page to know);
 *     the hits of the page it leads to are ranked on from this page's last rank
 * @param facets facet counts, {@link FacetCounts#NONE} unless requested
 * @param suggestion a corrected query ("did you mean") when the query had few hits and the index
 *     knows close spellings of its unknown words, or null
 */
public record SearchResults(
    String query,
    long totalHits,
    boolean totalHitsExact,
    List<SearchHit> hits,
    long tookMillis,
    String nextCursor,
    FacetCounts facets,
    String suggestion) {
  /** @throws NullPointerException if {@code hits} or {@code facets} is null */
  public SearchResults {
    hits = List.copyOf(hits);
    Objects.requireNonNull(facets, "facets");
  }

  /** The results of the first version: no cursor, facets or suggestion. */
  public SearchResults(String query, long totalHits, boolean totalHitsExact, List<SearchHit> hits, long tookMillis) {
    this(query, totalHits, totalHitsExact, hits, tookMillis, null, FacetCounts.NONE, null);
  }

  /** "1234" when exact, else "at least 1000". */
  public String totalHitsText() {
    return totalHitsExact ? Long.toString(totalHits) : String.format(Locale.ROOT, "at least %d", totalHits);
  }

  /** The "did you mean" query, if any. */
  public Optional<String> didYouMean() {
    return Optional.ofNullable(suggestion);
  }
}
