package org.fahras.search;

import java.util.List;

/**
 * Facet counts over all matching articles (not only the returned page).
 *
 * @param sources per source, most articles first (ties by name)
 * @param days per publication day, oldest first (the day histogram)
 * @param months per publication month, oldest first (the month histogram)
 */
public record FacetCounts(List<FacetCount> sources, List<FacetCount> days, List<FacetCount> months) {
  /** No counts: facets were not requested. */
  public static final FacetCounts NONE = new FacetCounts(List.of(), List.of(), List.of());

  public FacetCounts {
    sources = List.copyOf(sources);
    days = List.copyOf(days);
    months = List.copyOf(months);
  }
}
