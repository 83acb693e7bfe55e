package org.fahras.index;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One article: the unit Fahras indexes and returns.
 *
 * @param id unique, non-blank identifier; re-adding an id replaces the article
 * @param title headline, may be empty (never null)
 * @param body full text, may be empty but never null
 * @param published publication time (local time as the source gives it), or null when unknown
 * @param source publisher or collection name (exact, facetable), or null
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
   * @throws IllegalArgumentException if {@code id} is null or blank, or {@code body} is null
   */
  public Article {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("article id must be a non-blank string, got " + (id == null ? "null" : "'" + id + "'"));
    }
    if (body == null) {
      throw new IllegalArgumentException("article '" + id + "' has a null body (use \"\" for an empty one)");
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
