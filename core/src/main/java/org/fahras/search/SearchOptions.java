package org.fahras.search;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * How to run a search: which page, which filters and order, how to mark snippets, whether to count
 * facets.
 *
 * @param from 0-based rank of the first hit to return; ignored when {@code after} is set (the cursor
 *     says where the page starts, so repeating a first page's options with the cursor added pages on)
 * @param size how many hits to return at most (1..10,000)
 * @param sources keep only articles from these sources (empty: all): the drill-down by source
 * @param fromDate keep only articles published on or after this day, or null
 * @param toDate keep only articles published on or before this day, or null
 * @param strict true: malformed query syntax throws {@link QueryParseException}; false: the query
 *     is repaired or read as plain words instead
 * @param highlight how snippets mark matched words
 * @param sort the order of hits
 * @param after a cursor from {@link SearchResults#nextCursor()} (same query and sort): return hits
 *     after it; or null for the first page
 * @param facets whether to count facets (source, day, month) over all matches
 */
public record SearchOptions(
    int from,
    int size,
    Set<String> sources,
    LocalDate fromDate,
    LocalDate toDate,
    boolean strict,
    HighlightFormat highlight,
    SortOrder sort,
    String after,
    boolean facets) {

  public static final int MAX_SIZE = 10_000;

  /**
   * @throws IllegalArgumentException if from or size is out of range, {@code fromDate} is after
   *     {@code toDate}, or {@code after} is not a cursor of the same sort order
   */
  public SearchOptions {
    if (from < 0) {
      throw new IllegalArgumentException("from must be >= 0, got " + from);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be in 1.." + MAX_SIZE + ", got " + size);
    }
    if ((long) from + size > Integer.MAX_VALUE - 1) {
      throw new IllegalArgumentException("from + size is too large: " + from + " + " + size);
    }
    if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
      throw new IllegalArgumentException("fromDate " + fromDate + " is after toDate " + toDate);
    }
    sources = Set.copyOf(Objects.requireNonNull(sources, "sources"));
    Objects.requireNonNull(highlight, "highlight");
    Objects.requireNonNull(sort, "sort");
    if (after != null && SearchCursor.parse(after).order() != sort) {
      throw new IllegalArgumentException("cursor '" + after + "' was made for sort order "
          + SearchCursor.parse(after).order() + ", not " + sort);
    }
  }

  /** The options of the first version (relevance order, no cursor, no facets). */
  public SearchOptions(int from, int size, Set<String> sources, LocalDate fromDate, LocalDate toDate,
      boolean strict, HighlightFormat highlight) {
    this(from, size, sources, fromDate, toDate, strict, highlight, SortOrder.RELEVANCE, null, false);
  }

  /** First 10 hits by relevance, no filters, lenient parsing, HTML snippets, no facets. */
  public static SearchOptions defaults() {
    return new SearchOptions(0, 10, Set.of(), null, null, false, HighlightFormat.HTML);
  }

  /**
   * Another page: hits {@code newFrom .. newFrom + newSize - 1} (0-based ranks).
   *
   * @throws IllegalArgumentException if {@code newFrom} is negative or {@code newSize} is not in
   *     1..{@value #MAX_SIZE}
   */
  public SearchOptions withPage(int newFrom, int newSize) {
    return new SearchOptions(newFrom, newSize, sources, fromDate, toDate, strict, highlight, sort, after, facets);
  }

  /**
   * Keeps only articles from these sources (a value as written in the articles' {@code source}, or
   * in lower case); an empty set keeps all.
   *
   * @throws NullPointerException if the set or an element is null
   */
  public SearchOptions withSources(Set<String> newSources) {
    return new SearchOptions(from, size, newSources, fromDate, toDate, strict, highlight, sort, after, facets);
  }

  /**
   * Keeps only articles published from {@code newFrom} to {@code newTo}, both days included (the
   * article's local date); null leaves that side open. Articles without a date are then left out.
   *
   * @throws IllegalArgumentException if {@code newFrom} is after {@code newTo}
   */
  public SearchOptions withDates(LocalDate newFrom, LocalDate newTo) {
    return new SearchOptions(from, size, sources, newFrom, newTo, strict, highlight, sort, after, facets);
  }

  /**
   * True: malformed query syntax (an unclosed quote or bracket, a field or operator with nothing
   * after it) throws {@link QueryParseException} with its char offset; false (the default): the
   * query is repaired or read as plain words.
   */
  public SearchOptions withStrict(boolean newStrict) {
    return new SearchOptions(from, size, sources, fromDate, toDate, newStrict, highlight, sort, after, facets);
  }

  /** How snippets mark the matched words: HTML {@code <mark>}, plain text with brackets, ANSI colour, or none. */
  public SearchOptions withHighlight(HighlightFormat format) {
    return new SearchOptions(from, size, sources, fromDate, toDate, strict, format, sort, after, facets);
  }

  /** Another order; drops the cursor (it belongs to the old order). */
  public SearchOptions withSort(SortOrder newSort) {
    return new SearchOptions(from, size, sources, fromDate, toDate, strict, highlight, newSort, null, facets);
  }

  /** The page after a cursor from {@link SearchResults#nextCursor()}, or null for the first page. */
  public SearchOptions withAfter(String cursor) {
    return new SearchOptions(from, size, sources, fromDate, toDate, strict, highlight, sort, cursor, facets);
  }

  /**
   * Whether to count the source, day and month facets over all matches (not just the page), in
   * {@link SearchResults#facets()}. The people, places and organizations the matches mention are
   * counted by a call of their own: {@link ArticleSearcher#entityFacets} (or {@code
   * Fahras.entityFacets}), with the same query and options.
   */
  public SearchOptions withFacets(boolean count) {
    return new SearchOptions(from, size, sources, fromDate, toDate, strict, highlight, sort, after, count);
  }
}
