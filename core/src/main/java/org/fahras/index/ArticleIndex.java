package org.fahras.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.fahras.analysis.ArabicAnalyzer;
import org.fahras.entity.EntityRecognizer;

/**
 * An index of {@link Article}s on disk or in memory: the writer and its near-real-time searcher.
 *
 * <p>Thread-safe: any number of threads may add, update, delete and search at once. A search or
 * {@link #get} sees every change that returned before it began, from any thread (it refreshes the
 * near-real-time reader first when there are such changes); changes are durable once committed;
 * {@link #close()} commits. The same {@link Analyzer} serves indexing and querying
 * ({@link #analyzer()}).
 *
 * <p>One writer per directory: opening a directory that another open {@code ArticleIndex} (or
 * process) writes to throws {@link IndexLockedException}.
 */
public final class ArticleIndex implements Closeable {

  /**
   * Options for opening an index.
   *
   * @param analyzer the analyzer for text fields, at index and query time
   * @param ramBufferMb the writer's RAM buffer in MB before it flushes a segment
   * @param entities the recognizer whose mentions of people, places and organizations are indexed
   *     with each article (for {@code person:}, {@code place:}, {@code org:}, {@code entity:}
   *     queries and entity facets), or null for none
   */
  public record Options(Analyzer analyzer, double ramBufferMb, EntityRecognizer entities) {
    /**
     * @throws NullPointerException if {@code analyzer} is null
     * @throws IllegalArgumentException if {@code ramBufferMb} is not above 0
     */
    public Options {
      Objects.requireNonNull(analyzer, "analyzer");
      if (!(ramBufferMb > 0)) {
        throw new IllegalArgumentException("ramBufferMb must be > 0, got " + ramBufferMb);
      }
    }

    /**
     * Fahras's {@link ArabicAnalyzer}, a 64 MB RAM buffer and the full entity recognizer
     * ({@link EntityRecognizer#standard()}: gazetteer and statistical tagger, loaded on the first
     * call, about 0.9 s on a 2-vCPU VM). The tagger's bundled model is trained on ANERcorp, which is free for
     * research only: for other uses see {@link EntityRecognizer#standard()}.
     */
    public static Options defaults() {
      return new Options(new ArabicAnalyzer(), 64, EntityRecognizer.standard());
    }

    /**
     * As {@link #defaults()} without entity recognition, and without loading the tagger: for
     * {@link #openReadOnly searching} an index (entity queries such as {@code person:بوتين} need
     * no recognizer), or for indexing without entities.
     */
    public static Options withoutEntities() {
      return new Options(new ArabicAnalyzer(), 64, null);
    }

    /** The same options with another analyzer for the text fields, at index and query time. */
    public Options withAnalyzer(Analyzer other) {
      return new Options(other, ramBufferMb, entities);
    }

    /**
     * The same options with another RAM buffer, in MB: the writer flushes a segment when its
     * buffered documents reach it.
     *
     * @throws IllegalArgumentException if {@code mb} is not above 0
     */
    public Options withRamBufferMb(double mb) {
      return new Options(analyzer, mb, entities);
    }

    /** @param recognizer the entity recognizer, or null to index no entities */
    public Options withEntities(EntityRecognizer recognizer) {
      return new Options(analyzer, ramBufferMb, recognizer);
    }
  }

  /**
   * Articles {@link #addAll} recognizes before writing their documents, when entities are on. On the
   * first 5,000 SaudiNewsNet articles ({@code EntityCostBreakdown}, thread CPU per article) 512 costs
   * 12-17% less than one at a time, 128 8-10% less, 2,048 no less than 512. A group's documents
   * are held until written: indexing all 31,030 articles under {@code -Xmx512m} peaked at 364 MB in
   * use after a collection, against 335 MB one at a time ({@code IndexingHeapCheck}).
   */
  public static final int ADD_ALL_GROUP = 512;

  private final Directory directory;
  private final String location;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  /** Set by {@link #close()}: afterwards every reading or writing method refuses, by name. */
  private volatile boolean closed;
  private final WriteVisibility visibility = new WriteVisibility();
  private final FacetsConfig facetsConfig = ArticleFields.facetsConfig();
  private final EntityRecognizer entities;
  private final ArticleDocuments documents;
  /** This analyzer's {@link AnalysisFingerprint}, computed on first use. */
  private volatile String fingerprint;

  private ArticleIndex(Directory directory, String location, Options options, boolean readOnly)
      throws IOException {
    this.directory = directory;
    this.location = location;
    this.analyzer = options.analyzer();
    this.entities = options.entities();
    this.documents = new ArticleDocuments(facetsConfig, entities);
    if (readOnly) {
      this.writer = null;
      this.searchers = IndexFolder.readOnlySearchers(directory, location);
      return;
    }
    this.writer = IndexFolder.writer(directory, location, new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(options.ramBufferMb()));
    documents.recordIn(writer,
        AnalysisFingerprint.toRecord(directory, analysisFingerprint(), writer.getDocStats().numDocs));
    this.searchers = new SearcherManager(writer, true, false, new SearcherFactory());
  }

  /**
   * Opens (creating it if missing) the index in a folder on disk.
   *
   * @throws IndexLockedException if another writer holds the folder
   * @throws IOException if the folder cannot be created or read; the message says which and why
   *     ({@code F is a file, not a folder}, {@code cannot create the index folder F: ...},
   *     {@code the index folder F is not writable (permission denied)...})
   */
  public static ArticleIndex open(Path folder) throws IOException {
    return open(folder, Options.defaults());
  }

  /** As {@link #open(Path)}, with options. */
  public static ArticleIndex open(Path folder, Options options) throws IOException {
    IndexFolder.prepareWritable(folder);
    try {
      return new ArticleIndex(FSDirectory.open(folder), folder.toAbsolutePath().toString(), options, false);
    } catch (NoSuchFileException | AccessDeniedException e) { // Lucene's write.lock, in a folder we may not write
      throw IndexFolder.cannotWrite(folder, e);
    }
  }

  /**
   * Opens an existing index folder for searching only: it takes no write lock, so it works while
   * another process indexes into the folder (it sees that writer's commits after {@link #refresh()}).
   * Mutating methods throw {@link IllegalStateException}.
   *
   * @throws NoIndexException if the folder does not exist (it is not created) or holds no committed index
   * @throws IOException if the index cannot be read
   */
  public static ArticleIndex openReadOnly(Path folder, Options options) throws IOException {
    if (!Files.isDirectory(folder)) { // FSDirectory.open would create it
      throw NoIndexException.missingFolder(folder, Files.exists(folder));
    }
    try {
      return new ArticleIndex(FSDirectory.open(folder), folder.toAbsolutePath().toString(), options, true);
    } catch (IndexNotFoundException e) {
      throw NoIndexException.emptyFolder(folder, e);
    }
  }

  /** A new, empty index held in memory and gone when closed. */
  public static ArticleIndex inMemory() {
    return inMemory(Options.defaults());
  }

  /** As {@link #inMemory()}, with options. */
  public static ArticleIndex inMemory(Options options) {
    try {
      return new ArticleIndex(new ByteBuffersDirectory(), "(memory)", options, false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open an in-memory index", e);
    }
  }

  /**
   * Adds an article, replacing any article already indexed under its id.
   *
   * @throws IOException if the writer fails (the index stays as it was before the call)
   */
  public void add(Article article) throws IOException {
    update(article);
  }

  /** Replaces the article with the same id, or adds it if there is none. */
  public void update(Article article) throws IOException {
    Objects.requireNonNull(article, "article");
    writable().updateDocument(ArticleDocuments.idTerm(article), documents.document(article));
    visibility.written();
  }

  /**
   * Adds (or replaces by id) every article, in list order: the bulk form of {@link #add}, with the
   * same documents. With entity recognition on, the articles are taken in groups of {@value
   * #ADD_ALL_GROUP}: all of a group's articles are recognized, then all of its documents written.
   * Recognition and Lucene's indexing chain then each keep their code and data in the CPU caches
   * for a whole group instead of evicting each other at every article (JMH's {@code
   * IndexingBenchmark}: 10-13% more articles/s than {@link #add} one by one). Safe to call from
   * several threads at once, each with its own list.
   *
   * @param articles the articles, none null
   * @throws NullPointerException if an element is null; nothing is added then
   * @throws IOException if the writer fails; the articles before the one it failed on stay added
   */
  public void addAll(List<Article> articles) throws IOException {
    Objects.requireNonNull(articles, "articles");
    for (int i = 0; i < articles.size(); i++) {
      if (articles.get(i) == null) {
        throw new NullPointerException("articles[" + i + "] is null; nothing was added");
      }
    }
    IndexWriter w = writable();
    int group = documents.recognizesEntities() ? ADD_ALL_GROUP : 1;
    for (int from = 0; from < articles.size(); from += group) {
      List<Article> part = articles.subList(from, Math.min(articles.size(), from + group));
      List<Document> docs = documents.documents(part);
      for (int i = 0; i < part.size(); i++) {
        w.updateDocument(ArticleDocuments.idTerm(part.get(i)), docs.get(i));
        visibility.written();
      }
    }
  }

  /**
   * Deletes the article with this id; does nothing if there is none.
   *
   * @throws NullPointerException if id is null
   * @throws IllegalStateException if the index was opened read-only
   * @throws IOException if the writer fails
   */
  public void delete(String id) throws IOException {
    Objects.requireNonNull(id, "id");
    writable().deleteDocuments(new Term(ArticleFields.ID, id));
    visibility.written();
  }

  /**
   * Writes the largest in-memory segment buffer to the index directory in the calling thread
   * (Lucene's {@link IndexWriter#flushNextBuffer()}). A thread that has finished adding its share
   * of a bulk load calls this so that the indexing threads write their segments in parallel,
   * instead of leaving all buffers to be written one after the other by the next {@link #commit}
   * or refresh. Nothing becomes visible or durable before that commit or refresh.
   *
   * @return true if a buffer was written, false if there was none to write (best effort)
   * @throws IOException if writing the segment fails
   * @throws IllegalStateException if the index was opened read-only
   */
  public boolean flushNextBuffer() throws IOException {
    return writable().flushNextBuffer();
  }

  /** Makes every change so far durable and visible to searches. */
  public void commit() throws IOException {
    writable().commit();
    searchers.maybeRefreshBlocking();
  }

  private IndexWriter writable() {
    ensureOpen();
    if (writer == null) {
      throw new IllegalStateException("index at " + location + " was opened read-only");
    }
    return writer;
  }

  /** Whether this index was opened with {@link #openReadOnly} (no writer). */
  public boolean isReadOnly() {
    return writer == null;
  }

  /** @throws IllegalStateException if {@link #close()} was called, saying so and where the index is */
  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the index at " + location + " is closed");
    }
  }

  /** Makes every change so far visible to searches, without making it durable. */
  public void refresh() throws IOException {
    ensureOpen();
    searchers.maybeRefreshBlocking();
  }

  /** A function of a point-in-time searcher. */
  @FunctionalInterface
  public interface SearcherFunction<T> {
    /** The function's value on {@code searcher}, which must not be kept after it returns. */
    T apply(IndexSearcher searcher) throws IOException;
  }

  /**
   * Runs a function on the latest searcher and releases it afterwards. Every add, update and delete
   * that returned before this call is visible to it, in whichever thread it ran: when there are
   * such changes the searcher is refreshed first, waiting for a refresh another thread has begun.
   * A {@link #openReadOnly read-only} index picks up another process's commits when no other
   * thread is refreshing (call {@link #refresh()} to wait for them).
   */
  public <T> T withSearcher(SearcherFunction<T> function) throws IOException {
    ensureOpen();
    if (writer == null) {
      searchers.maybeRefresh();
    } else {
      visibility.beforeSearch(searchers);
    }
    IndexSearcher searcher = searchers.acquire();
    try {
      return function.apply(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * The article indexed under {@code id}, read back from its stored fields (title, body, date,
   * source, url, author), as visible to searches now (see {@link #withSearcher}).
   *
   * @return the article, or empty when no live article has this id
   * @throws NullPointerException if {@code id} is null
   * @throws IOException if the index cannot be read
   */
  public Optional<Article> get(String id) throws IOException {
    Objects.requireNonNull(id, "id");
    return withSearcher(searcher -> {
      TopDocs top = searcher.search(new TermQuery(new Term(ArticleFields.ID, id)), 1);
      return top.scoreDocs.length == 0 ? Optional.empty()
          : Optional.of(ArticleFields.fromStored(searcher.storedFields().document(top.scoreDocs[0].doc)));
    });
  }

  /** Number of live articles visible to searches now. */
  public int size() throws IOException {
    return withSearcher(s -> s.getIndexReader().numDocs());
  }

  /**
   * Whether any article visible to searches has entity mentions indexed: false for an index built
   * without entity recognition ({@link Options#withoutEntities()}), where entity queries ({@code
   * person:}, {@code place:}, {@code org:}, {@code misc:}, {@code entity:}) and entity facets find
   * nothing, which a search does not report by itself. Opening an index with other options does not
   * change what its articles were indexed with.
   *
   * @throws IOException if the index cannot be read
   */
  public boolean hasEntityMentions() throws IOException {
    return withSearcher(s -> ArticleDocuments.hasEntityMentions(s.getIndexReader()));
  }

  /**
   * Whether the articles were indexed without entity recognition, so that entity queries and facets
   * cannot find anything: the last commit says the writer had none ({@link Options#withoutEntities()})
   * and no article has an entity mention. An index committed before Fahras recorded this (or never
   * committed) is judged by its mentions alone.
   *
   * @throws IOException if the index cannot be read
   */
  public boolean indexedWithoutEntities() throws IOException {
    ensureOpen();
    String mode = ArticleDocuments.recordedEntities(directory);
    return (mode == null || mode.equals("off")) && !hasEntityMentions();
  }

  /**
   * Whether the articles were analyzed otherwise than this version of Fahras analyzes queries: the
   * last commit records another {@link AnalysisFingerprint} (a Fahras whose stemming or
   * normalization gives some words other terms), or none though it holds articles (written before
   * Fahras recorded it). Searches then miss articles whose words this version analyzes otherwise;
   * index the articles again. False for an index without a commit or without articles.
   *
   * @throws IOException if the index cannot be read
   */
  public boolean analysisChanged() throws IOException {
    ensureOpen();
    String recorded = ArticleDocuments.recordedAnalysis(directory);
    return recorded != null ? !recorded.equals(analysisFingerprint())
        : DirectoryReader.indexExists(directory) && withSearcher(s -> s.getIndexReader().numDocs() > 0);
  }

  private String analysisFingerprint() {
    String f = fingerprint;
    if (f == null) {
      f = AnalysisFingerprint.of(analyzer);
      fingerprint = f;
    }
    return f;
  }

  /** The analyzer of the text fields, for building queries. */
  public Analyzer analyzer() {
    return analyzer;
  }

  /** The recognizer whose entity mentions are indexed, or null when entities are off. */
  public EntityRecognizer entities() {
    return entities;
  }

  /** The facets configuration the documents were built with. */
  public FacetsConfig facetsConfig() {
    return facetsConfig;
  }

  /** Where the index lives: a folder path, or {@code (memory)}. */
  public String location() {
    return location;
  }

  /**
   * Commits pending changes (as Lucene's {@link IndexWriter#close()} does) and releases the folder.
   * Afterwards every method that reads or writes the index throws {@link IllegalStateException}
   * ({@code the index at F is closed}).
   */
  @Override
  public void close() throws IOException {
    closed = true;
    try (directory; Closeable w = writer; searchers) {
      // closed in reverse order: searchers, then the writer (which commits), then the directory
    }
  }
}
