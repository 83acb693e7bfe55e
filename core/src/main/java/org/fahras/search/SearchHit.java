package org.fahras.search;

import java.time.LocalDateTime;

/**
 * One ranked article.
 *
 * @param rank 1-based rank over the whole result list (not the page; counted from the cursor when
 *     one was given)
 * @param score BM25 score with the proximity boost (also computed when sorting by date) for the
 *     first {@value ArticleSearcher#RESCORE_WINDOW} hits of the relevance order, which are
 *     rescored; a hit beyond them carries its first-pass BM25F score (lower than the rescored ones,
 *     and lower than {@link ArticleSearcher#explain}, which explains the rescored query)
 * @param id article id
 * @param title article title as stored
 * @param snippet best passage(s) of the body when the body matches, else the marked title, a dash
 *     and the body's opening passage (empty with {@link HighlightFormat#NONE}); whole
 *     original words marked in the requested {@link HighlightFormat}, at most
 *     {@link SnippetHighlighter#MAX_PASSAGE_CHARS} chars a passage, never cutting a word
 * @param published publication time, or null
 * @param source source, or null
 * @param docId Lucene's internal document number, valid only for the searcher that produced it
 * @param highlightedTitle the title with matched words marked (escaped for HTML), or the plain
 *     (escaped) title when no word of it matched
 */
public record SearchHit(
    int rank,
    float score,
    String id,
    String title,
    String snippet,
    LocalDateTime published,
    String source,
    int docId,
    String highlightedTitle) {}
