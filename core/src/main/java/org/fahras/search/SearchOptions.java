package org.fahras.search;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * How to run a search: which page, which filters, how to mark snippets.
 *
 * @param from 0-based rank of the first hit to return
 * @param size how many hits to return at most (1..10,000)
 * @param sources keep only articles from these sources (empty: all)
 * @param fromDate keep only articles published on or after this day, or null
 * @param toDate keep only articles published on or before this day, or null
 * @param strict true: malformed query syntax throws {@link QueryParseException}; false: the query
 *     is read as plain words instead
 * @param highlight how snippets mark matched words
 */
public record SearchOptions(
    int from,
    int size,
    Set<String> sources,
    LocalDate fromDate,
    LocalDate toDate,
    boolean strict,
    HighlightFormat highlight) {

  public static final int MAX_SIZE = 10_000;

  public SearchOptions {
    if (from < 0) {
      throw new IllegalArgumentException("from must be >= 0, got " + from);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be in 1.." + MAX_SIZE + ", got " + size);
    }
    sources = Set.copyOf(Objects.requireNonNull(sources, "sources"));
    Objects.requireNonNull(highlight, "highlight");
  }

  /** First 10 hits, no filters, lenient parsing, HTML snippets. */
  public static SearchOptions defaults() {
    return new SearchOptions(0, 10, Set.of(), null, null, false, HighlightFormat.HTML);
  }

  public SearchOptions withPage(int newFrom, int newSize) {
    return new SearchOptions(newFrom, newSize, sources, fromDate, toDate, strict, highlight);
  }

  public SearchOptions withSources(Set<String> newSources) {
    return new SearchOptions(from, size, newSources, fromDate, toDate, strict, highlight);
  }

  public SearchOptions withDates(LocalDate newFrom, LocalDate newTo) {
    return new SearchOptions(from, size, sources, newFrom, newTo, strict, highlight);
  }

  public SearchOptions withStrict(boolean newStrict) {
    return new SearchOptions(from, size, sources, fromDate, toDate, newStrict, highlight);
  }

  public SearchOptions withHighlight(HighlightFormat format) {
    return new SearchOptions(from, size, sources, fromDate, toDate, strict, format);
  }
}
