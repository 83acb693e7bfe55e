package org.fahras.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hand-computed cases for {@link RankingMetrics}. */
class RankingMetricsTest {

  private static final List<String> RANKED = List.of("d1", "d2", "d3", "d4", "d5");

  @Test
  void reciprocalRankOfFirstRelevant() {
    assertEquals(1.0 / 3, RankingMetrics.reciprocalRank(RANKED, Set.of("d3", "d5"), 10), 1e-12);
    assertEquals(1.0, RankingMetrics.reciprocalRank(RANKED, Set.of("d1"), 10), 1e-12);
  }

  @Test
  void reciprocalRankZeroBeyondCutoffOrAbsent() {
    assertEquals(0.0, RankingMetrics.reciprocalRank(RANKED, Set.of("d5"), 4), 1e-12);
    assertEquals(0.0, RankingMetrics.reciprocalRank(RANKED, Set.of("x"), 10), 1e-12);
  }

  @Test
  void recallCountsRelevantWithinCutoff() {
    // 2 of the 4 relevant docs are in the top 3: d1 and d3
    assertEquals(0.5, RankingMetrics.recall(RANKED, Set.of("d1", "d3", "d5", "x"), 3), 1e-12);
    assertEquals(0.75, RankingMetrics.recall(RANKED, Set.of("d1", "d3", "d5", "x"), 100), 1e-12);
  }

  @Test
  void ndcgWithBinaryGains() {
    // relevant at ranks 2 and 4: DCG = 1/log2(3) + 1/log2(5) = 0.630930 + 0.430677 = 1.061606
    // ideal, 2 relevant at ranks 1 and 2: 1 + 1/log2(3) = 1.630930 -> nDCG = 0.650921
    assertEquals(0.650921, RankingMetrics.ndcg(RANKED, Set.of("d2", "d4"), 10), 1e-6);
  }

  @Test
  void ndcgIdealLimitedByCutoff() {
    // 3 relevant, cutoff 2, only d1 found: DCG = 1; ideal = 1 + 1/log2(3) = 1.630930
    assertEquals(0.613147, RankingMetrics.ndcg(RANKED, Set.of("d1", "x", "y"), 2), 1e-6);
  }

  @Test
  void emptyRelevantSetScoresZero() {
    assertEquals(0.0, RankingMetrics.recall(RANKED, Set.of(), 10), 1e-12);
    assertEquals(0.0, RankingMetrics.ndcg(RANKED, Set.of(), 10), 1e-12);
  }
}
