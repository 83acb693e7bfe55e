package org.fahras.eval;

import java.util.List;
import java.util.Set;

/**
 * Rank metrics of one query with binary relevance: a ranked list of doc ids against the set of
 * relevant ids. Definitions as in trec_eval: reciprocal rank of the first relevant hit within the
 * cutoff; recall = relevant hits within the cutoff / all relevant; nDCG with gain 1 and discount
 * 1/log2(rank + 1), normalized by the ideal ranking of min(cutoff, |relevant|) relevant docs.
 * Every method returns 0 when {@code relevant} is empty.
 */
public final class RankingMetrics {

  private RankingMetrics() {}

  /** Reciprocal rank (1-based) of the first relevant doc among the first {@code cutoff}, else 0. */
  public static double reciprocalRank(List<String> ranked, Set<String> relevant, int cutoff) {
    int n = Math.min(cutoff, ranked.size());
    for (int i = 0; i < n; i++) {
      if (relevant.contains(ranked.get(i))) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  /** Fraction of the relevant docs found among the first {@code cutoff}. */
  public static double recall(List<String> ranked, Set<String> relevant, int cutoff) {
    if (relevant.isEmpty()) {
      return 0;
    }
    int n = Math.min(cutoff, ranked.size());
    int found = 0;
    for (int i = 0; i < n; i++) {
      if (relevant.contains(ranked.get(i))) {
        found++;
      }
    }
    return (double) found / relevant.size();
  }

  /** Normalized discounted cumulative gain at {@code cutoff}, binary gains. */
  public static double ndcg(List<String> ranked, Set<String> relevant, int cutoff) {
    if (relevant.isEmpty()) {
      return 0;
    }
    int n = Math.min(cutoff, ranked.size());
    double dcg = 0;
    for (int i = 0; i < n; i++) {
      if (relevant.contains(ranked.get(i))) {
        dcg += discount(i);
      }
    }
    double ideal = 0;
    for (int i = 0; i < Math.min(cutoff, relevant.size()); i++) {
      ideal += discount(i);
    }
    return dcg / ideal;
  }

  private static double discount(int zeroBasedRank) {
    return 1.0 / (Math.log(zeroBasedRank + 2) / Math.log(2));
  }
}
