package org.fahras.search;

import java.time.LocalDateTime;

/**
 * One ranked article.
 *
 * @param rank 1-based rank over the whole result list (not the page)
 * @param score BM25 score
 * @param id article id
 * @param title article title as stored
 * @param snippet best passage(s) of the body (or the title when the body has no match), with the
 *     matched words marked in the requested {@link HighlightFormat}
 * @param published publication time, or null
 * @param source source, or null
 * @param docId Lucene's internal document number, valid only for the searcher that produced it
 */
public record SearchHit(
    int rank,
    float score,
    String id,
    String title,
    String snippet,
    LocalDateTime published,
    String source,
    int docId) {}
