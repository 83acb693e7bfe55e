package org.fahras.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fahras.corpus.CorpusLine;
import org.fahras.corpus.JsonlArticleReader;
import org.fahras.entity.TextTokens;
import org.fahras.index.Article;

/**
 * Input for the entity benchmarks: the first SaudiNewsNet articles with a non-empty body, read from
 * {@code <fahras.shared.data>/saudinewsnet/saudinewsnet.jsonl.gz} (system property, default
 * {@code ../shared/data}), in file order (fixed, no sampling).
 */
final class EntityBenchmarkData {
  private EntityBenchmarkData() {}

  static Path corpus() {
    Path p = BenchCorpus.sharedData().resolve("saudinewsnet/saudinewsnet.jsonl.gz");
    if (!Files.isRegularFile(p)) {
      throw new IllegalStateException("benchmark data not found: " + p + " (set -Dfahras.shared.data=...)");
    }
    return p;
  }

  /** @return the first {@code n} articles with a non-empty body */
  static List<Article> articles(int n) throws IOException {
    List<Article> out = new ArrayList<>(n);
    try (JsonlArticleReader r = JsonlArticleReader.open(corpus())) {
      while (r.hasNext() && out.size() < n) {
        if (r.next() instanceof CorpusLine.Valid v && !v.article().body().isBlank()) {
          out.add(v.article());
        }
      }
    }
    return out;
  }

  /** @return article bodies, the last one cut so the texts hold exactly {@code tokens} tokens */
  static List<String> texts(int tokens) throws IOException {
    List<String> out = new ArrayList<>();
    int total = 0;
    for (Article a : articles(5000)) {
      TextTokens t = TextTokens.of(a.body());
      if (total + t.size() >= tokens) {
        out.add(a.body().substring(0, t.end(tokens - total - 1)));
        return out;
      }
      out.add(a.body());
      total += t.size();
    }
    throw new IllegalStateException("corpus has fewer than " + tokens + " tokens in its first 5000 articles");
  }
}
