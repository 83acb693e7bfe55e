package org.fahras.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.fahras.corpus.CorpusError;
import org.fahras.corpus.JsonlArticleReader;
import org.fahras.examples.CorpusIndexer;
import org.fahras.index.ArticleIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Indexes a JSON Lines corpus into a folder on disk. */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = {"Index a JSON Lines corpus (.jsonl or .jsonl.gz; one article a line with id, title, body;"
        + " optional date, source, url, author) into a folder.",
        "Bad lines are reported and skipped (their count and first line numbers are printed at the end);"
        + " --strict stops at the first one."})
public final class IndexCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--corpus", required = true, description = "Corpus file (.jsonl or .jsonl.gz).")
  Path corpus;

  @Option(names = "--index", required = true, description = "Index folder (created if missing; re-adding an id replaces it).")
  Path indexDir;

  @Option(names = "--strict", description = "Stop at the first bad line (articles before it are kept).")
  boolean strict;

  @Option(names = "--ram-buffer-mb", defaultValue = "64", description = "Writer RAM buffer in MB (default: ${DEFAULT-VALUE}).")
  double ramBufferMb;

  @Option(names = "--threads", description = "Indexing threads (default: the number of cores, at most 4); each "
      + "takes " + ArticleIndex.ADD_ALL_GROUP + " articles at a time, so a corpus of fewer than that many per thread keeps "
      + "fewer threads busy.")
  int threads = Math.min(4, Runtime.getRuntime().availableProcessors());

  @Option(names = "--commit-every", defaultValue = "100000", paramLabel = "ARTICLES",
      description = "Commit after about this many more articles are indexed (default: ${DEFAULT-VALUE}; 0: only at the"
          + " end), so that a search of the folder sees them and a crash keeps them; articles are indexed "
          + ArticleIndex.ADD_ALL_GROUP + " at a time, so a commit comes at the end of the group that reaches the count.")
  long commitEvery;

  @Mixin EntityOptions entities = new EntityOptions();

  @Option(names = "--no-progress", description = "Do not draw the progress bar (when output is not a terminal, the bar is printed as a new line every 10 s instead of being redrawn).")
  boolean noProgress;

  /**
   * A shutdown hook for Ctrl-C (or a kill) while indexing: it commits the articles indexed so far, so
   * that they stay searchable and a rerun of the same command (a re-added id replaces its article)
   * completes the index, and says on stderr how many the commit holds (read back from the folder).
   * Removed once indexing ends normally.
   */
  private Thread commitOnInterrupt(ArticleIndex index) {
    PrintWriter err = spec.commandLine().getErr();
    return new Thread(() -> {
      try {
        index.commit();
        int committed;
        try (ArticleIndex kept = ArticleIndex.openReadOnly(indexDir, ArticleIndex.Options.withoutEntities())) {
          committed = kept.size(); // the commit's own count: indexing threads may still be adding
        }
        err.printf(Locale.ROOT, "%nfahras index: interrupted; %,d articles are committed in %s. Threads index"
            + " groups of articles side by side, so these are not exactly the first lines of the corpus:"
            + " run the same command again to complete the index (a re-added id replaces its article)%n",
            committed, indexDir);
      } catch (IOException | RuntimeException e) {
        err.printf(Locale.ROOT, "%nfahras index: interrupted; the articles indexed so far could not be committed: %s%n",
            e.getMessage());
      }
      err.flush();
    }, "fahras-index-interrupted");
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (commitEvery < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--commit-every must be 0 or more, got " + commitEvery);
    }
    if (threads < 1) { // checked before the index folder is made
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
    }
    if (!(ramBufferMb > 0) || Double.isInfinite(ramBufferMb)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--ram-buffer-mb must be a number of MB above 0, got " + ramBufferMb);
    }
    if (!Files.exists(corpus)) {
      throw new IOException("corpus file not found: " + corpus);
    }
    long fileBytes = Files.size(corpus);
    CorpusIndexer.Summary summary;
    // the corpus is opened first: a folder or a .gz name on other data is refused before an index folder is made
    try (JsonlArticleReader reader = JsonlArticleReader.open(corpus);
        ArticleIndex index = ArticleIndex.open(indexDir, ArticleIndex.Options.defaults()
            .withRamBufferMb(ramBufferMb).withEntities(entities.recognizer()));
        ProgressBar bar = progressBar(fileBytes)) {
      long start = System.nanoTime();
      if (bar != null) {
        bar.setExtraMessage("0 articles");
      }
      Thread onInterrupt = commitOnInterrupt(index);
      Runtime.getRuntime().addShutdownHook(onInterrupt);
      try {
        long[] shown = {0};
        long[] committedAt = {0};
        summary = new CorpusIndexer(strict, threads).index(reader, index, (r, indexed) -> {
          if (commitEvery > 0 && indexed - committedAt[0] >= commitEvery) {
            committedAt[0] = indexed;
            try {
              index.commit();
            } catch (IOException e) {
              throw new UncheckedIOException("commit after " + indexed + " articles failed: " + e.getMessage(), e);
            }
          }
          if (bar != null && r.bytesRead() - shown[0] >= 1 << 18) {
            shown[0] = r.bytesRead();
            bar.stepTo(r.bytesRead());
            double seconds = Math.max((System.nanoTime() - start) / 1e9, 1e-3);
            bar.setExtraMessage(String.format(Locale.ROOT, "%,d articles, %.0f articles/s, %.1f MB text, %.2f MB/s",
                indexed, indexed / seconds, r.textBytesRead() / 1e6, r.textBytesRead() / 1e6 / seconds));
          }
        });
      } finally {
        index.commit();
        Runtime.getRuntime().removeShutdownHook(onInterrupt);
      }
      if (bar != null) { // the final counts: the last update may be up to 256 KB of input old
        bar.setExtraMessage(String.format(Locale.ROOT, "%,d articles, %.0f articles/s, %.2f MB/s",
            summary.indexed(), summary.articlesPerSecond(), summary.megabytesPerSecond()));
        bar.stepTo(fileBytes);
      }
    }
    out.printf(Locale.ROOT,
        "Indexed %d articles, skipped %d, in %.1f s: %.0f articles/s, %.2f MB/s (%s -> %s)%n",
        summary.indexed(), summary.skipped(), summary.seconds(), summary.articlesPerSecond(),
        summary.megabytesPerSecond(), corpus, indexDir);
    for (CorpusError error : summary.firstErrors()) {
      out.println("  skipped " + error);
    }
    if (summary.skipped() > summary.firstErrors().size()) {
      out.printf(Locale.ROOT, "  ... and %d more bad lines%n", summary.skipped() - summary.firstErrors().size());
    }
    if (summary.indexed() == 0 && summary.skipped() > 0) {
      spec.commandLine().getErr().println("fahras index: no article indexed: every line of " + corpus
          + " was bad (is it a JSON Lines corpus? see README, Corpus format)");
      return 1;
    }
    return 0;
  }

  private ProgressBar progressBar(long fileBytes) {
    if (noProgress) {
      return null;
    }
    ProgressBarBuilder builder = new ProgressBarBuilder()
        .setTaskName("Indexing")
        .setInitialMax(fileBytes)
        // whole units: a corpus under 10 MB counts in kB, so a small file does not show 0/0 MB
        .setUnit(fileBytes < 10_000_000 ? " kB" : " MB", fileBytes < 10_000_000 ? 1_000 : 1_000_000)
        .setStyle(ProgressBarStyle.ASCII)
        .setMaxRenderedLength(140)
        .continuousUpdate();
    if (System.console() == null) {
      // output is a file or a pipe (a CI log): one plain line every 10 s instead of a bar redrawn with \r;
      // closing the bar renders its last state again, so a line equal to the one before is not repeated
      AtomicReference<String> last = new AtomicReference<>();
      return builder.setUpdateIntervalMillis(10_000)
          .setConsumer(new DelegatingProgressBarConsumer(line -> {
            if (!line.equals(last.getAndSet(line))) {
              System.err.println(line);
            }
          }, 140))
          .build();
    }
    return builder.setUpdateIntervalMillis(500).build();
  }
}
