package org.fahras.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.fahras.SharedData;
import org.fahras.corpus.CorpusLine;
import org.fahras.corpus.JsonlArticleReader;
import org.fahras.index.ArticleIndex;
import org.junit.jupiter.api.Test;

/**
 * The search path's rescoring ({@link RankingClauses#rescore(org.apache.lucene.search.IndexSearcher,
 * ScoreDoc[], int, int)}: positions read only for the hits that can still reach the page) against
 * Lucene's {@code QueryRescorer} over the whole window, on real questions: the 693 ARCD train
 * questions over the 465 ARCD paragraphs (title and body; shared data, skipped when absent). The
 * first 10 hits (the page a search shows) must be the same, with the same scores.
 */
class TestBoundedRescoringOnArcd {
  @Test
  void testFirstPageEqualsLuceneRescoringOfTheWholeWindow() throws IOException {
    Path corpus = SharedData.require("arcd/corpus.jsonl");
    Path queries = SharedData.require("arcd/queries-train.tsv");
    try (ArticleIndex index = ArticleIndex.inMemory(ArticleIndex.Options.withoutEntities())) {
      try (JsonlArticleReader r = JsonlArticleReader.open(corpus)) {
        while (r.hasNext()) {
          if (r.next() instanceof CorpusLine.Valid v) {
            index.add(v.article());
          }
        }
      }
      index.commit();
      ArticleSearcher searcher = new ArticleSearcher(index);
      RankedQueryBuilder ranked = new RankedQueryBuilder(searcher.parser(), RankedQueryBuilder.Weights.defaults());
      List<String> lines = Files.readAllLines(queries, StandardCharsets.UTF_8);
      int[] checked = {0};
      int[] leftOut = {0};
      for (String line : lines) {
        int tab = line.indexOf('\t');
        if (tab < 0) {
          continue;
        }
        String q = line.substring(tab + 1);
        Query parsed = searcher.parser().parse(q, false);
        RankingClauses clauses = ranked.clauses(parsed);
        if (clauses == null) {
          continue;
        }
        index.withSearcher(s -> {
          ScoreDoc[] first = s.search(parsed, ArticleSearcher.RESCORE_WINDOW).scoreDocs;
          ScoreDoc[] full = RankedQueryBuilder.rescore(s, clauses.toQuery(), first, ArticleSearcher.RESCORE_WINDOW);
          ScoreDoc[] page = clauses.rescore(s, first, ArticleSearcher.RESCORE_WINDOW, 10);
          for (int i = 0; i < Math.min(10, first.length); i++) {
            assertEquals(full[i].doc, page[i].doc, q + ", rank " + i);
            assertEquals(full[i].score, page[i].score, q + ", rank " + i);
          }
          java.util.Map<Integer, Float> fullScores = new java.util.HashMap<>();
          for (ScoreDoc d : full) {
            fullScores.put(d.doc, d.score);
          }
          for (ScoreDoc d : page) {
            leftOut[0] += d.score < fullScores.get(d.doc) ? 1 : 0;
          }
          checked[0]++;
          return null;
        });
      }
      assertTrue(checked[0] > 600, "questions with ranking clauses: " + checked[0]);
      assertTrue(leftOut[0] > 0, "some hits below the page were scored without reading positions");
    }
  }
}
