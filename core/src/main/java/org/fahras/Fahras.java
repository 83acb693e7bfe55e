package org.fahras;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.Explanation;
import org.fahras.entity.EntityFacets;
import org.fahras.entity.EntityType;
import org.fahras.index.Article;
import org.fahras.index.ArticleIndex;
import org.fahras.search.ArticleSearcher;
import org.fahras.search.QueryParseException;
import org.fahras.search.SearchOptions;
import org.fahras.search.SearchResults;

/**
 * The entry point: an Arabic article index you open, add to, update, delete from, commit and search.
 *
 * <pre>{@code
 * try (Fahras fahras = Fahras.inMemory()) {
 *   fahras.add(Article.of("a1", "بوتين في بيونغ يانغ", "وصل الرئيس الروسي ..."));
 *   fahras.commit();
 *   SearchResults results = fahras.search("\"بيونغ يانغ\"", 10);
 * }
 * }</pre>
 *
 * <p>Thread-safe. Composes an {@link ArticleIndex} (writer and near-real-time searcher) with an
 * {@link ArticleSearcher} (query parsing, ranking, snippets); use those directly for more control.
 */
public final class Fahras implements Closeable {
  private final ArticleIndex index;
  private final ArticleSearcher searcher;

  private Fahras(ArticleIndex index) {
    this.index = index;
    this.searcher = new ArticleSearcher(index);
  }

  /**
   * Opens the index in a folder, creating it if missing.
   *
   * @throws org.fahras.index.IndexLockedException if another writer holds the folder
   * @throws IOException if the folder cannot be created or read
   */
  public static Fahras open(Path folder) throws IOException {
    return new Fahras(ArticleIndex.open(folder));
  }

  /**
   * Opens the index in a folder with options (analyzer, RAM buffer, entity recognizer), creating it
   * if missing.
   *
   * @throws org.fahras.index.IndexLockedException if another writer holds the folder
   * @throws IOException if the folder cannot be created or read; the message says which and why
   */
  public static Fahras open(Path folder, ArticleIndex.Options options) throws IOException {
    return new Fahras(ArticleIndex.open(folder, options));
  }

  /** A new empty index in memory, with the default options (entity recognition on). */
  public static Fahras inMemory() {
    return new Fahras(ArticleIndex.inMemory());
  }

  /**
   * A new empty index in memory with options: {@code ArticleIndex.Options.withoutEntities()}
   * for one without entity recognition, say.
   */
  public static Fahras inMemory(ArticleIndex.Options options) {
    return new Fahras(ArticleIndex.inMemory(options));
  }

  /**
   * Adds an article, replacing any with the same id. Searches and {@link #get} see it as soon as
   * this returns; {@link #commit} makes it durable.
   *
   * @throws NullPointerException if {@code article} is null
   * @throws IllegalStateException if this index is closed
   * @throws IOException if the writer fails (the index stays as it was)
   */
  public void add(Article article) throws IOException {
    index.add(article);
  }

  /**
   * Adds every article, replacing any with the same id: the bulk form of {@link #add}, faster with
   * entities on ({@link ArticleIndex#addAll}).
   *
   * @throws NullPointerException if the list or an element is null; nothing is added then
   * @throws IllegalStateException if this index is closed
   * @throws IOException if the writer fails; the articles before the one it failed on stay added
   */
  public void addAll(List<Article> articles) throws IOException {
    index.addAll(articles);
  }

  /**
   * Replaces the article with the same id (or adds it): the same operation as {@link #add}, named
   * for code that means to change an article.
   *
   * @throws IllegalStateException if this index is closed
   */
  public void update(Article article) throws IOException {
    index.update(article);
  }

  /**
   * Deletes the article with this id, if any; searches no longer see it once this returns.
   *
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalStateException if this index is closed
   */
  public void delete(String id) throws IOException {
    index.delete(id);
  }

  /**
   * Makes all changes durable (on disk: they survive a crash). Searches see changes before a
   * commit: a search first refreshes Lucene's near-real-time reader when there are changes it may
   * not include, so only durability waits for the commit.
   */
  public void commit() throws IOException {
    index.commit();
  }

  /**
   * The first {@code k} hits by relevance, with HTML snippets; never throws for malformed syntax
   * (lenient mode: the query is repaired or read as plain words).
   *
   * @param k how many hits at most, 1..{@value SearchOptions#MAX_SIZE}
   * @throws NullPointerException if {@code query} is null
   * @throws IllegalArgumentException if {@code k} is out of range
   */
  public SearchResults search(String query, int k) throws IOException {
    return searcher.search(query, k);
  }

  /**
   * Searches with options: paging (from/size or a cursor), sort, source and date filters, facets,
   * strict mode, snippet format. See {@link SearchOptions}.
   *
   * <p>Entity clauses ({@code person:بوتين}) match nothing in an index built without entity
   * recognition; {@code index().hasEntityMentions()} tells.
   *
   * @throws QueryParseException in strict mode for malformed syntax, with the char offset
   * @throws NullPointerException if {@code query} or {@code options} is null
   */
  public SearchResults search(String query, SearchOptions options) throws IOException {
    return searcher.search(query, options);
  }

  /**
   * How an article's score for a query came about (BM25F per term, proximity and other ranking
   * clauses), or empty when no article has this id.
   *
   * @throws QueryParseException in strict mode for malformed syntax
   */
  public Optional<Explanation> explain(String query, String articleId, SearchOptions options) throws IOException {
    return searcher.explain(query, articleId, options);
  }

  /**
   * The entities (people, places, organizations) mentioned most in the articles matching a query.
   *
   * @param type only this type, or null for all
   * @param top at most this many, by descending article count
   * @return the entities, most articles first; empty when the index was built without entities
   * @throws NullPointerException if {@code query} is null
   * @throws IllegalArgumentException if {@code top} is below 1
   */
  public List<EntityFacets.EntityCount> entityFacets(String query, EntityType type, int top) throws IOException {
    return searcher.entityFacets(query, SearchOptions.defaults(), type, top);
  }

  /**
   * The entities most often mentioned together with the entity {@code entityId}: a canonical id as
   * {@link EntityFacets.EntityCount#id()} gives it ({@code person:putin}, {@code country:KP}, {@code
   * ner:person:<name>}, or a gazetteer id of your own).
   *
   * @return the entities, most articles first; empty when no article mentions {@code entityId}
   * @throws NullPointerException if {@code entityId} is null
   * @throws IllegalArgumentException if {@code top} is below 1
   */
  public List<EntityFacets.EntityCount> cooccurring(String entityId, EntityType type, int top) throws IOException {
    return searcher.cooccurring(entityId, type, top);
  }

  /**
   * The article indexed under {@code id}, as stored (title, body, date, source, url, author): for a
   * hit's url or author, say.
   *
   * @return the article, or empty when none has this id
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<Article> get(String id) throws IOException {
    return index.get(id);
  }

  /** Number of live articles visible to searches. */
  public int size() throws IOException {
    return index.size();
  }

  /** The underlying index. */
  public ArticleIndex index() {
    return index;
  }

  /** The underlying searcher. */
  public ArticleSearcher searcher() {
    return searcher;
  }

  /** Commits pending changes and closes the index. */
  @Override
  public void close() throws IOException {
    index.close();
  }
}
