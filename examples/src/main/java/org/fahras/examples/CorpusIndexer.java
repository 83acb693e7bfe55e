package org.fahras.examples;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.fahras.corpus.CorpusError;
import org.fahras.corpus.CorpusException;
import org.fahras.corpus.CorpusLine;
import org.fahras.corpus.JsonlArticleReader;
import org.fahras.index.ArticleIndex;

/**
 * Feeds a corpus file into an index, line by line, under an error policy: lenient (report and skip
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

  /** @param strict stop at the first bad line with a {@link CorpusException} */
  public CorpusIndexer(boolean strict) {
    this.strict = strict;
  }

  /**
   * Indexes every valid article of the reader.
   *
   * @param onProgress called after each line with the reader, for progress display (may be a no-op)
   * @throws CorpusException in strict mode, at the first bad line
   * @throws IOException if the index cannot be written or the file read
   */
  public Summary index(JsonlArticleReader reader, ArticleIndex index, Progress onProgress)
      throws IOException {
    long start = System.nanoTime();
    long indexed = 0;
    long skipped = 0;
    List<CorpusError> errors = new ArrayList<>();
    try {
      while (reader.hasNext()) {
        CorpusLine line = reader.next();
        switch (line) {
          case CorpusLine.Valid valid -> {
            index.add(valid.article());
            indexed++;
          }
          case CorpusLine.Invalid invalid -> {
            if (strict) {
              throw new CorpusException(invalid.error());
            }
            skipped++;
            if (errors.size() < ERRORS_KEPT) {
              errors.add(invalid.error());
            }
          }
        }
        onProgress.update(reader, indexed);
      }
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    return new Summary(indexed, skipped, errors, reader.textBytesRead(), System.nanoTime() - start);
  }
}
