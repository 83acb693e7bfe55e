package org.fahras.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.search.ScoreDoc;
import org.fahras.index.Article;
import org.fahras.index.ArticleIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs both {@link RescoringBenchmark} methods once, on a small index written where the benchmark
 * looks for {@link QueryLatencyBenchmark}'s, and checks that they give the same hits in the same
 * order with the same scores (the page method: the same first 10), so a broken rescorer cannot
 * report a fast number.
 */
class RescoringBenchmarkTest {
  @TempDir
  Path folder;

  @Test
  void theTestCallsEveryBenchmarkMethod() {
    assertEquals(Set.of("fahrasRescore", "fahrasRescorePage", "luceneRescore"),
        BenchmarkMethods.of(RescoringBenchmark.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"phrase", "boolean"})
  void bothRescorersGiveTheSameOrderAndScores(String query) throws IOException {
    String[] words = {"وزارة", "الصحة", "الهلال", "النصر", "الاتحاد", "مباراة", "اليوم", "في"};
    Random random = new Random(42);
    try (ArticleIndex index = ArticleIndex.open(folder.resolve("fahras"),
        ArticleIndex.Options.withoutEntities())) {
      for (int i = 0; i < 40; i++) {
        StringBuilder body = new StringBuilder();
        for (int j = 0; j < 12 + random.nextInt(20); j++) {
          body.append(words[random.nextInt(words.length)]).append(' ');
        }
        body.append(i % 5 == 0 ? "الأهلي" : "");
        index.add(new Article("a" + i, words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)],
            body.toString(), null, "s", null, null));
      }
      index.commit();
    }
    Files.writeString(folder.resolve(QueryLatencyBenchmark.BUILT), "ok", StandardCharsets.UTF_8);
    RescoringBenchmark benchmark = new RescoringBenchmark();
    benchmark.query = query;
    benchmark.dir = folder;
    benchmark.setup();
    try {
      ScoreDoc[] fahras = benchmark.fahrasRescore();
      ScoreDoc[] page = benchmark.fahrasRescorePage();
      ScoreDoc[] lucene = benchmark.luceneRescore();
      for (int i = 0; i < Math.min(RescoringBenchmark.PAGE, lucene.length); i++) {
        assertEquals(lucene[i].doc, page[i].doc, "page rank " + i);
        assertEquals(lucene[i].score, page[i].score, "page rank " + i);
      }
      assertTrue(fahras.length > 2, query + ": " + fahras.length + " hits");
      assertEquals(lucene.length, fahras.length);
      for (int i = 0; i < fahras.length; i++) {
        assertEquals(lucene[i].doc, fahras[i].doc, "rank " + i);
        assertEquals(lucene[i].score, fahras[i].score, "rank " + i);
      }
    } finally {
      benchmark.tearDown();
    }
  }

  @Test
  void aMissingIndexIsAClearError() {
    RescoringBenchmark benchmark = new RescoringBenchmark();
    benchmark.query = "phrase";
    benchmark.dir = folder;
    IllegalStateException e = assertThrows(IllegalStateException.class, benchmark::setup);
    assertTrue(e.getMessage().contains("QueryLatencyBenchmark"), e.getMessage());
  }
}
