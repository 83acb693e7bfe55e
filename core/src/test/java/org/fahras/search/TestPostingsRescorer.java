package org.fahras.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.fahras.index.Article;
import org.fahras.index.ArticleIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link RankingClauses#rescore} (one pass over the postings) against Lucene's {@code
 * QueryRescorer} over {@link RankingClauses#toQuery()} ({@link RankedQueryBuilder#rescore}): the
 * same documents in the same order with the same scores, on an index of random texts over a small
 * vocabulary (so that query words stand together, apart, in reverse order and in the lead) written
 * in four segments, and a fifth that holds none of the query words.
 */
class TestPostingsRescorer {
  private static final String[] WORDS = {"كيم", "جونغ", "أون", "بوتين", "الرئيس", "المطار", "موسكو", "الهلال",
      "النصر", "الاتحاد", "الأهلي", "وزارة", "الصحة", "مباراة", "الحكومة", "زيارة", "في", "إلى"};
  private static final String[] QUERIES = {
      "كيم جونغ",
      "كيم جونغ أون بوتين",
      "\"كيم جونغ\" بوتين",
      "\"وزارة الصحة\"",
      "«وزارة الصحة» الحكومة",
      "الهلال AND (النصر OR الاتحاد) NOT الأهلي",
      "+بوتين -موسكو الرئيس المطار",
      "title:بوتين كيم",
      "body:المطار الرئيس بوتين",
      "بوتين كيم بوتين كيم زيارة",
      "\"كيم بوتين\"~3 موسكو",
      "متى التقى كيم جونغ أون بوتين في موسكو؟",
      "الهلال",
      "كيم جونغ طقس أمطار", // words each missing from some segments that hold window hits
  };
  private static ArticleIndex index;
  private static ArticleSearcher searcher;

  @BeforeAll
  static void build() throws IOException {
    index = ArticleIndex.inMemory(ArticleIndex.Options.withoutEntities());
    Random random = new Random(20261129L);
    for (int i = 0; i < 600; i++) {
      index.add(new Article("d" + i, text(random, 2 + random.nextInt(6)), text(random, 5 + random.nextInt(60)),
          null, "s", null, null));
      if (i % 150 == 149) {
        index.commit();
      }
    }
    index.commit();
    // a segment none of the query words is in: no postings for the rescorer there
    for (int i = 0; i < 50; i++) {
      index.add(new Article("w" + i, "طقس", "أمطار غزيرة على جازان", null, "s", null, null));
    }
    index.commit();
    searcher = new ArticleSearcher(index);
  }

  private static String text(Random random, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      b.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
    }
    return b.toString();
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void testSameOrderAndScoresAsQueryRescorer() throws IOException {
    RankedQueryBuilder ranked = new RankedQueryBuilder(searcher.parser(), RankedQueryBuilder.Weights.defaults());
    for (String q : QUERIES) {
      Query parsed = searcher.parser().parse(q, false);
      RankingClauses clauses = ranked.clauses(parsed);
      assertNotNull(clauses, q);
      index.withSearcher(s -> {
        assertTrue(s.getIndexReader().leaves().size() > 1, "several segments");
        ScoreDoc[] first = s.search(parsed, 150).scoreDocs;
        assertTrue(first.length >= 20, q + ": " + first.length + " hits");
        ScoreDoc[] expected = RankedQueryBuilder.rescore(s, clauses.toQuery(), first, ArticleSearcher.RESCORE_WINDOW);
        ScoreDoc[] actual = clauses.rescore(s, first, ArticleSearcher.RESCORE_WINDOW);
        assertEquals(expected.length, actual.length, q);
        int changed = 0;
        for (int i = 0; i < expected.length; i++) {
          assertEquals(expected[i].doc, actual[i].doc, q + " at rank " + i);
          assertEquals(expected[i].score, actual[i].score, q + " at rank " + i);
          changed += expected[i].doc != first[i].doc ? 1 : 0;
        }
        assertTrue(changed > 0, q + ": the clauses reorder the window");
        return null;
      });
    }
  }

  @Test
  void testTopRanksAreThoseOfTheFullRescoringWhenPositionsAreBounded() throws IOException {
    RankedQueryBuilder ranked = new RankedQueryBuilder(searcher.parser(), RankedQueryBuilder.Weights.defaults());
    int[] pruned = {0};
    for (String q : QUERIES) {
      Query parsed = searcher.parser().parse(q, false);
      RankingClauses clauses = ranked.clauses(parsed);
      index.withSearcher(s -> {
        ScoreDoc[] first = s.search(parsed, 150).scoreDocs;
        ScoreDoc[] full = RankedQueryBuilder.rescore(s, clauses.toQuery(), first, ArticleSearcher.RESCORE_WINDOW);
        for (int top : new int[] {1, 3, 10, 20, 99}) {
          ScoreDoc[] actual = clauses.rescore(s, first, ArticleSearcher.RESCORE_WINDOW, top);
          assertEquals(first.length, actual.length, q);
          int w = Math.min(ArticleSearcher.RESCORE_WINDOW, first.length);
          for (int i = 0; i < Math.min(top, w); i++) {
            assertEquals(full[i].doc, actual[i].doc, q + ", top " + top + ", rank " + i);
            assertEquals(full[i].score, actual[i].score, q + ", top " + top + ", rank " + i);
          }
          java.util.Set<Integer> window = new java.util.HashSet<>();
          for (int i = 0; i < w; i++) {
            window.add(actual[i].doc);
            pruned[0] += actual[i].score < scoreOf(full, actual[i].doc) ? 1 : 0;
          }
          assertEquals(w, window.size(), q + ": the window's hits, each once");
          for (int i = w; i < first.length; i++) {
            assertEquals(first[i].doc, actual[i].doc, q + ": beyond the window, first-pass order");
          }
        }
        return null;
      });
    }
    assertTrue(pruned[0] > 0, "some hits below the top were scored without reading positions");
  }

  private static float scoreOf(ScoreDoc[] hits, int doc) {
    for (ScoreDoc h : hits) {
      if (h.doc == doc) {
        return h.score;
      }
    }
    throw new AssertionError("doc " + doc + " not in the rescored hits");
  }

  @Test
  void testKthLargest() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      float[] values = new float[1 + random.nextInt(120)];
      for (int i = 0; i < values.length; i++) {
        values[i] = random.nextInt(10) == 0 ? 1f : random.nextFloat() * 20; // with ties
      }
      int k = 1 + random.nextInt(values.length);
      float[] sorted = values.clone();
      java.util.Arrays.sort(sorted);
      assertEquals(sorted[values.length - k], WindowOrder.kthLargest(values, k, new float[k]), "k=" + k);
    }
  }

  @Test
  void testOneHitIsKeptAndASmallWindowIsRescoredAsLuceneDoes() throws IOException {
    RankedQueryBuilder ranked = new RankedQueryBuilder(searcher.parser(), RankedQueryBuilder.Weights.defaults());
    RankingClauses clauses = ranked.clauses(searcher.parser().parse("كيم جونغ", false));
    index.withSearcher(s -> {
      ScoreDoc[] one = s.search(searcher.parser().parse("كيم جونغ", false), 1).scoreDocs;
      assertEquals(one, clauses.rescore(s, one, ArticleSearcher.RESCORE_WINDOW));
      ScoreDoc[] first = s.search(searcher.parser().parse("كيم جونغ", false), 20).scoreDocs;
      ScoreDoc[] expected = RankedQueryBuilder.rescore(s, clauses.toQuery(), first, 5);
      ScoreDoc[] actual = clauses.rescore(s, first, 5);
      for (int i = 0; i < first.length; i++) {
        assertEquals(expected[i].doc, actual[i].doc, "rank " + i);
        assertEquals(expected[i].score, actual[i].score, "rank " + i);
      }
      return null;
    });
  }

  @Test
  void testSloppyPairFrequency() {
    // "a b": one exact match, length 0
    assertEquals(1f, SloppyPairFrequency.of(new int[] {3}, 1, new int[] {4}, 1, 8));
    // "b a": reversed order costs 2 moves
    assertEquals(1f / 3f, SloppyPairFrequency.of(new int[] {5}, 1, new int[] {4}, 1, 8));
    assertEquals(0f, SloppyPairFrequency.of(new int[] {5}, 1, new int[] {4}, 1, 1));
    // "a x x b": two words between, length 2; beyond the slop: no match
    assertEquals(1f / 3f, SloppyPairFrequency.of(new int[] {0}, 1, new int[] {3}, 1, 8));
    assertEquals(0f, SloppyPairFrequency.of(new int[] {0}, 1, new int[] {20}, 1, 8));
    // "a b ... a b": two exact matches
    assertEquals(2f, SloppyPairFrequency.of(new int[] {0, 10}, 2, new int[] {1, 11}, 2, 8));
  }

  @Test
  void testANegativeOrInfiniteBoostIsRefused() {
    // the bounded rescoring needs clauses that only add: a negative boost would make its bound wrong
    assertThrows(IllegalArgumentException.class, () -> new RankingClauses.Pair("body", "a", "b", 2, -0.5f));
    assertThrows(IllegalArgumentException.class, () -> new RankingClauses.PhraseWord("body", "a", Float.NaN));
    assertThrows(IllegalArgumentException.class, () -> new RankingClauses.Lead("body", "a", 12, -1f));
    assertThrows(IllegalArgumentException.class,
        () -> new RankingClauses.Coverage("a", List.of("body"), Float.POSITIVE_INFINITY));
    assertEquals(0f, new RankingClauses.Pair("body", "a", "b", 2, 0f).boost());
  }
}
