/**
 * Fahras: full-text search over Arabic articles on Apache Lucene. {@link org.fahras.Fahras} is the
 * entry point (open, add, update, delete, commit, search, get).
 *
 * <p>The packages follow the data's way: {@code corpus} reads articles from JSON Lines files,
 * {@code analysis} turns Arabic text into terms, {@code entity} recognizes people, places and
 * organizations, {@code index} writes and reads the Lucene index, {@code search} parses queries and
 * ranks, highlights and counts the hits.
 *
 * <p>Supported API, kept stable across versions: {@code Fahras}; {@code index.Article},
 * {@code index.ArticleIndex} and its exceptions; {@code search.ArticleSearcher},
 * {@code search.SearchOptions}, {@code search.SearchResults}, {@code search.SearchHit} and the types
 * they return; {@code analysis.ArabicAnalyzer}, the token filters and their factories;
 * {@code entity.EntityRecognizer}, {@code entity.Gazetteer}, {@code entity.Entity},
 * {@code entity.EntityType}, {@code entity.EntityMention}, {@code entity.EntityFacets}. The other
 * public classes serve the benchmarks, the evaluations and the command line, and may change.
 */
package org.fahras;
