package org.fahras.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fahras.corpus.CorpusLine;
import org.fahras.corpus.JsonlArticleReader;

/**
 * Article bodies for analysis benchmarks: the first {@code limit} non-empty bodies of SaudiNewsNet
 * ({@code <shared>/saudinewsnet/saudinewsnet.jsonl.gz}), in file order, or, when that file is
 * absent, the ARCD paragraphs ({@code <shared>/arcd/corpus.jsonl}). The shared folder is the
 * system property {@code fahras.shared.data}, default {@code ../shared/data}.
 *
 * @param source the file read
 * @param texts the bodies
 * @param utf8Bytes their total size in UTF-8 bytes
 */
public record BenchmarkTexts(Path source, List<String> texts, long utf8Bytes) {

  /**
   * The default sample: SaudiNewsNet, else the ARCD paragraphs.
   *
   * @throws IOException if neither file exists (message names both) or reading fails
   */
  public static BenchmarkTexts load(int limit) throws IOException {
    Path shared = BenchCorpus.sharedData();
    Path news = shared.resolve("saudinewsnet/saudinewsnet.jsonl.gz");
    Path arcd = shared.resolve("arcd/corpus.jsonl");
    Path source = Files.isRegularFile(news) ? news : arcd;
    if (!Files.isRegularFile(source)) {
      throw new IOException("No benchmark text: neither " + news + " nor " + arcd
          + " exists (set -Dfahras.shared.data=<folder>)");
    }
    return load(source, limit);
  }

  /**
   * The first {@code limit} non-empty article bodies of a JSON Lines corpus (plain or .gz), in file
   * order; invalid lines are skipped.
   *
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if it holds no non-empty body
   */
  public static BenchmarkTexts load(Path source, int limit) throws IOException {
    List<String> texts = new ArrayList<>();
    long bytes = 0;
    try (JsonlArticleReader reader = JsonlArticleReader.open(source)) {
      while (reader.hasNext() && texts.size() < limit) {
        if (reader.next() instanceof CorpusLine.Valid valid && !valid.article().body().isBlank()) {
          String body = valid.article().body();
          texts.add(body);
          bytes += body.getBytes(StandardCharsets.UTF_8).length;
        }
      }
    }
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("no article with a non-empty body in " + source);
    }
    return new BenchmarkTexts(source, List.copyOf(texts), bytes);
  }
}
