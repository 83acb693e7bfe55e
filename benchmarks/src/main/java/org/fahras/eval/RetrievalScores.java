package org.fahras.eval;

/**
 * Mean rank metrics of one analyzer over a query set (see {@link RankingMetrics}).
 *
 * @param label the row label, e.g. {@code fahras} or {@code lucene-arabic}
 * @param queries number of queries averaged (those with at least one relevant doc)
 */
public record RetrievalScores(
    String label, int queries, double mrr10, double recall10, double recall100, double ndcg10) {}
