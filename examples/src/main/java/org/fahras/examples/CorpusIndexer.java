package org.fahras.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.fahras.corpus.CorpusError;
import org.fahras.corpus.CorpusException;
import org.fahras.corpus.CorpusLine;
import org.fahras.corpus.JsonlArticleReader;
import org.fahras.index.Article;
import org.fahras.index.ArticleIndex;

/**
 * Feeds a corpus file into an index, in groups of {@link ArticleIndex#ADD_ALL_GROUP} articles
 * ({@link ArticleIndex#addAll}), under an error policy: lenient (report and skip
 * bad lines, keep every valid one) or strict (stop at the first bad line; articles before it stay
 * indexed and are committed by the caller as it chooses).
 */
public final class CorpusIndexer {
  /** How many bad lines a summary keeps in full; the rest are only counted. */
  public static final int ERRORS_KEPT = 5;

  /**
   * What one indexing run did.
   *
   * @param indexed articles added or replaced
   * @param skipped lines rejected
   * @param firstErrors the first {@value #ERRORS_KEPT} rejected lines, with file, line and reason
   * @param textBytes uncompressed bytes of corpus read
   * @param nanos wall time in ns
   */
  public record Summary(long indexed, long skipped, List<CorpusError> firstErrors, long textBytes, long nanos) {
    public Summary {
      firstErrors = List.copyOf(firstErrors);
    }

    public double seconds() {
      return nanos / 1e9;
    }

    public double articlesPerSecond() {
      return indexed / Math.max(seconds(), 1e-9);
    }

    public double megabytesPerSecond() {
      return textBytes / 1e6 / Math.max(seconds(), 1e-9);
    }
  }

  /** Told after each line how far the run is. */
  @FunctionalInterface
  public interface Progress {
    /**
     * @param reader the reader, for {@link JsonlArticleReader#bytesRead()} and line counts
     * @param indexed articles indexed so far
     */
    void update(JsonlArticleReader reader, long indexed);
  }

  private final boolean strict;
  private final int threads;

  /**
   * @param strict stop at the first bad line with a {@link CorpusException}
   * @param threads indexing threads (1 = index on the calling thread); the file is read on the
   *     calling thread either way
   */
  public CorpusIndexer(boolean strict, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.strict = strict;
    this.threads = threads;
  }

  /** One indexing thread. */
  public CorpusIndexer(boolean strict) {
    this(strict, 1);
  }

  /**
   * Indexes every valid article of the reader. The caller commits.
   *
   * @param onProgress called after each line, on the reading thread, for progress display
   * @throws CorpusException in strict mode, at the first bad line (articles read before it are
   *     indexed)
   * @throws IOException if the index cannot be written, or the file cannot be read on (a truncated
   *     gzip file, say): then the message names the file and line and how many articles before it are
   *     indexed, and those stay indexed
   */
  public Summary index(JsonlArticleReader reader, ArticleIndex index, Progress onProgress)
      throws IOException {
    long start = System.nanoTime();
    AtomicLong indexed = new AtomicLong();
    AtomicReference<IOException> failure = new AtomicReference<>();
    long skipped = 0;
    List<CorpusError> errors = new ArrayList<>();
    ExecutorService pool = threads == 1 ? null : boundedPool(threads);
    List<Article> group = new ArrayList<>(ArticleIndex.ADD_ALL_GROUP);
    UncheckedIOException readFailure = null;
    try {
      while (failure.get() == null && reader.hasNext()) {
        CorpusLine line = reader.next();
        switch (line) {
          case CorpusLine.Valid valid -> {
            group.add(valid.article());
            if (group.size() == ArticleIndex.ADD_ALL_GROUP) {
              submit(group, index, pool, indexed, failure);
              group = new ArrayList<>(ArticleIndex.ADD_ALL_GROUP);
            }
          }
          case CorpusLine.Invalid invalid -> {
            if (strict) {
              submit(group, index, pool, indexed, failure); // the articles before the bad line stay indexed
              throw new CorpusException(invalid.error());
            }
            skipped++;
            if (errors.size() < ERRORS_KEPT) {
              errors.add(invalid.error());
            }
          }
        }
        onProgress.update(reader, indexed.get());
      }
      if (failure.get() == null) {
        submit(group, index, pool, indexed, failure);
      }
      for (int t = 0; pool != null && t < threads; t++) {
        // each worker writes one in-memory segment, in parallel, instead of the commit doing all
        pool.execute(() -> {
          try {
            index.flushNextBuffer();
          } catch (IOException e) {
            failure.compareAndSet(null, e);
          }
        });
      }
    } catch (UncheckedIOException e) { // the file could not be read on: keep the articles read before
      if (failure.get() == null) {
        submit(group, index, pool, indexed, failure);
      }
      readFailure = e;
    } finally {
      if (pool != null) {
        awaitAll(pool);
      }
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    if (readFailure != null) {
      throw new IOException(readFailure.getMessage() + "; the " + indexed.get() + " articles before it are indexed",
          readFailure.getCause());
    }
    return new Summary(indexed.get(), skipped, errors, reader.textBytesRead(), System.nanoTime() - start);
  }

  /**
   * Indexes a group of articles ({@link ArticleIndex#addAll}) on the calling thread, or as one task of
   * the pool; a pool task's failure (an I/O error, or any other exception, wrapped) is kept in
   * {@code failure}.
   */
  private static void submit(List<Article> group, ArticleIndex index, ExecutorService pool, AtomicLong indexed,
      AtomicReference<IOException> failure) throws IOException {
    if (group.isEmpty()) {
      return;
    }
    if (pool == null) {
      index.addAll(group);
      indexed.addAndGet(group.size());
      return;
    }
    pool.execute(() -> {
      try {
        index.addAll(group);
        indexed.addAndGet(group.size());
      } catch (IOException e) {
        failure.compareAndSet(null, e);
      } catch (RuntimeException e) { // kept, not lost on the worker thread: the command then fails
        failure.compareAndSet(null, new IOException("indexing a group of " + group.size() + " articles from '"
            + group.get(0).id() + "' failed: " + e.getMessage(), e));
      }
    });
  }

  /**
   * A pool whose queue holds one group ({@link ArticleIndex#ADD_ALL_GROUP} articles) per thread; when
   * full the reading thread indexes too.
   */
  private static ExecutorService boundedPool(int threads) {
    return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(threads), new ThreadPoolExecutor.CallerRunsPolicy());
  }

  private static void awaitAll(ExecutorService pool) throws IOException {
    pool.shutdown();
    try {
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        // large batches can take a while; keep waiting
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while indexing");
    }
  }
}
