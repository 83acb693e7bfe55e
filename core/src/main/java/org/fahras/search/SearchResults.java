package org.fahras.search;

import java.util.List;

/**
 * A page of hits.
 *
 * @param query the query text as given
 * @param totalHits number of matching articles, exact when {@code totalHitsExact}, else a lower
 *     bound
 * @param totalHitsExact whether {@code totalHits} is exact
 * @param hits the requested page, best first
 * @param tookMillis wall time of the search and highlighting, in ms
 */
public record SearchResults(
    String query, long totalHits, boolean totalHitsExact, List<SearchHit> hits, long tookMillis) {
  public SearchResults {
    hits = List.copyOf(hits);
  }
}
