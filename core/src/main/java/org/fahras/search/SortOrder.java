package org.fahras.search;

/** The order of hits. */
public enum SortOrder {
  /** Best BM25 score (with the proximity boost) first; ties by index order. */
  RELEVANCE,
  /** Latest publication time first; undated articles last; ties by index order. */
  NEWEST,
  /** Earliest publication time first; undated articles last; ties by index order. */
  OLDEST
}
