package org.fahras.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.junit.jupiter.api.Test;

/** Multiset F1 per verse, averaged, on hand-computed verses. */
class QuranEvaluationTest {

  @Test
  void termBagF1() throws IOException {
    List<QuranEvaluation.Verse> verses = List.of(
        // bags {a,a,b} and {a,b,c}: common 2 (one a, one b) -> F1 = 2*2/(3+3) = 0.6667
        new QuranEvaluation.Verse("1:1", "a a b", "a b c"),
        // identical -> 1
        new QuranEvaluation.Verse("1:2", "x y", "y x"));
    try (WhitespaceAnalyzer analyzer = new WhitespaceAnalyzer()) {
      QuranScores scores = QuranEvaluation.score("t", analyzer, verses);
      assertEquals((2.0 / 3 + 1) / 2, scores.meanF1(), 1e-12);
      assertEquals(0.5, scores.exactVerses(), 1e-12);
    }
  }
}
