package org.fahras.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.fahras.index.Article;

/**
 * The articles one benchmark operation indexes, held in memory, with their size.
 *
 * @param source where the articles were read from (a file path, or the bundled corpus's name)
 * @param articles the articles, ids unique
 * @param utf8Bytes the UTF-8 size in bytes of every text field of every article (id, title, body,
 *     source, url, author): the "MB" of MB/s, where 1 MB = 1,000,000 bytes
 */
public record ArticleBatch(String source, List<Article> articles, long utf8Bytes) {

  /** Indexes one article; the sink of {@link #indexWith}. */
  @FunctionalInterface
  public interface ArticleSink {
    void accept(Article article) throws IOException;
  }

  public ArticleBatch {
    articles = List.copyOf(articles);
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("a batch needs at least one article (source: " + source + ")");
    }
  }

  /** A batch of these articles, measuring their size. */
  public static ArticleBatch of(String source, List<Article> articles) {
    long bytes = 0;
    for (Article a : articles) {
      bytes += utf8Length(a.id()) + utf8Length(a.title()) + utf8Length(a.body())
          + utf8Length(a.source()) + utf8Length(a.url()) + utf8Length(a.author());
    }
    return new ArticleBatch(source, articles, bytes);
  }

  private static long utf8Length(String s) {
    return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
  }

  /** Number of articles. */
  public int size() {
    return articles.size();
  }

  /** Ends one task's slice; the second hook of {@link #indexWith}. */
  @FunctionalInterface
  public interface SliceEnd {
    void run() throws IOException;
  }

  /**
   * Feeds every article to {@code sink} on {@code threads} tasks of {@code pool}, each task taking
   * one contiguous slice of the batch, and waits for all of them.
   *
   * @throws IOException the first failure of a task (the others still run to their end)
   */
  public void indexWith(ExecutorService pool, int threads, ArticleSink sink) throws IOException {
    indexWith(pool, threads, sink, () -> {});
  }

  /**
   * As {@link #indexWith(ExecutorService, int, ArticleSink)}, and each task runs {@code end} after
   * its last article (on its own thread), e.g. to write its in-memory segment in parallel with the
   * other tasks ({@code IndexWriter.flushNextBuffer}).
   *
   * @throws IOException the first failure of a task (the others still run to their end)
   */
  public void indexWith(ExecutorService pool, int threads, ArticleSink sink, SliceEnd end)
      throws IOException {
    indexSlicesWith(pool, threads, slice -> {
      for (Article article : slice) {
        sink.accept(article);
      }
    }, end);
  }

  /** Indexes one task's slice of the batch at once; the sink of {@link #indexSlicesWith}. */
  @FunctionalInterface
  public interface SliceSink {
    void accept(List<Article> slice) throws IOException;
  }

  /**
   * As {@link #indexWith(ExecutorService, int, ArticleSink, SliceEnd)}, each task handing its whole
   * slice to {@code sink} (e.g. {@code ArticleIndex::addAll}).
   *
   * @throws IOException the first failure of a task (the others still run to their end)
   */
  public void indexSlicesWith(ExecutorService pool, int threads, SliceSink sink, SliceEnd end)
      throws IOException {
    List<Callable<Void>> tasks = new ArrayList<>(threads);
    int n = articles.size();
    for (int t = 0; t < threads; t++) {
      List<Article> slice = articles.subList(t * n / threads, (t + 1) * n / threads);
      tasks.add(() -> {
        sink.accept(slice);
        end.run();
        return null;
      });
    }
    try {
      for (Future<Void> done : pool.invokeAll(tasks)) {
        done.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while indexing", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException("an indexing thread failed", e.getCause());
    }
  }
}
