package org.fahras.index;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One article: the unit Fahras indexes and returns. A blank source, url or author is indexed as
 * none, so the index gives it back as null.
 *
 * @param id unique, non-blank identifier of at most {@value #MAX_ID_CHARS} chars; re-adding an id
 *     replaces the article
 * @param title headline, may be empty (never null)
 * @param body full text, may be empty but never null
 * @param published publication time (local time as the source gives it), or null when unknown
 * @param source publisher or collection name (exact, facetable) of at most {@value #MAX_SOURCE_CHARS}
 *     chars, or null
 * @param url address of the original, or null
 * @param author byline, or null
 */
public record Article(
    String id,
    String title,
    String body,
    LocalDateTime published,
    String source,
    String url,
    String author) {

  /**
   * Longest id, in chars: the id is one indexed term, and Lucene refuses a term over 32,766 UTF-8
   * bytes ({@code IndexWriter.MAX_TERM_LENGTH}), which 10,000 chars never reach (at most 3 bytes a char).
   */
  public static final int MAX_ID_CHARS = 10_000;

  /**
   * Longest source, in chars: the source is a facet label, and Lucene's facets refuse a label path
   * over 8,191 chars; a publisher's name is far shorter.
   */
  public static final int MAX_SOURCE_CHARS = 1_000;

  /**
   * @throws IllegalArgumentException if {@code id} is null, blank or longer than {@link #MAX_ID_CHARS},
   *     {@code body} is null, or {@code source} is longer than {@link #MAX_SOURCE_CHARS}; the message
   *     names the article and the field
   */
  public Article {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("article id must be a non-blank string, got " + (id == null ? "null" : "'" + id + "'"));
    }
    if (id.length() > MAX_ID_CHARS) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "article id '%s...' has %,d chars; at most %,d",
          id.substring(0, 40), id.length(), MAX_ID_CHARS));
    }
    if (body == null) {
      throw new IllegalArgumentException("article '" + id + "' has a null body (use \"\" for an empty one)");
    }
    if (source != null && source.length() > MAX_SOURCE_CHARS) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "article '%s': \"source\" has %,d chars; at most %,d",
          id, source.length(), MAX_SOURCE_CHARS));
    }
    title = Objects.requireNonNullElse(title, "");
  }

  /** An article with only id, title and body. */
  public static Article of(String id, String title, String body) {
    return new Article(id, title, body, null, null, null, null);
  }

  /** @return the publication time, empty when unknown */
  public Optional<LocalDateTime> publishedTime() {
    return Optional.ofNullable(published);
  }

  /** @return a copy of this article with the given publication time */
  public Article withPublished(LocalDateTime time) {
    return new Article(id, title, body, time, source, url, author);
  }

  /** @return a copy of this article with the given source */
  public Article withSource(String newSource) {
    return new Article(id, title, body, published, newSource, url, author);
  }
}
