/**
 * Searching: {@link org.fahras.search.ArticleSearcher} parses a query (Lucene's classic syntax with
 * Fahras's fields, filters and entity clauses, lenient or strict: {@code docs/query.md}), ranks the
 * articles (BM25F over title and body, then proximity and coverage clauses), and returns a page of
 * {@link org.fahras.search.SearchResults} with highlighted snippets, facets and a cursor, as
 * {@link org.fahras.search.SearchOptions} asks.
 */
package org.fahras.search;
