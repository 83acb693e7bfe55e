package org.fahras.eval;

import java.util.List;
import java.util.Locale;

/** Formats scores as Markdown tables, numbers to 4 decimals, locale-independent. */
public final class ScoreTable {

  private ScoreTable() {}

  /** One row per analyzer: MRR@10, Recall@10, Recall@100, nDCG@10. */
  public static String retrieval(List<RetrievalScores> rows) {
    StringBuilder out = new StringBuilder(
        "| analyzer | queries | MRR@10 | Recall@10 | Recall@100 | nDCG@10 |\n"
            + "|---|---:|---:|---:|---:|---:|\n");
    for (RetrievalScores row : rows) {
      out.append(String.format(Locale.ROOT, "| %s | %d | %.4f | %.4f | %.4f | %.4f |%n",
          row.label(), row.queries(), row.mrr10(), row.recall10(), row.recall100(), row.ndcg10()));
    }
    return out.toString();
  }

  /** One row per analyzer: pairwise precision, recall, F1. */
  public static String conflation(List<ConflationScores> rows) {
    StringBuilder out = new StringBuilder(
        "| analyzer | words | precision | recall | F1 |\n|---|---:|---:|---:|---:|\n");
    for (ConflationScores row : rows) {
      out.append(String.format(Locale.ROOT, "| %s | %d | %.4f | %.4f | %.4f |%n",
          row.label(), row.words(), row.precision(), row.recall(), row.f1()));
    }
    return out.toString();
  }

  /** One row per analyzer: mean per-verse term-bag F1 and the share of identical verses. */
  public static String quran(List<QuranScores> rows) {
    StringBuilder out = new StringBuilder(
        "| analyzer | verses | term-bag F1 | identical verses |\n|---|---:|---:|---:|\n");
    for (QuranScores row : rows) {
      out.append(String.format(Locale.ROOT, "| %s | %d | %.4f | %.4f |%n",
          row.label(), row.verses(), row.meanF1(), row.exactVerses()));
    }
    return out.toString();
  }
}
