package org.fahras.benchmarks;

import java.util.Locale;
import java.util.Map;

/**
 * Formats a {@link BenchComparison} as a Markdown table: one row per Fahras configuration, and for
 * each figure the Fahras score ± error, the Lucene baseline's score ± error from the same run, and
 * their ratio; then the thread-scaling ratios.
 */
public final class BenchTable {

  private BenchTable() {}

  /** The table, ending with a newline. */
  public static String format(BenchComparison comparison) {
    StringBuilder out = new StringBuilder();
    boolean higherIsBetter = comparison.rows().get(0).result().higherIsBetter();
    out.append("### ").append(comparison.benchmarkClass());
    if (!comparison.fixed().isEmpty()) {
      out.append(" (");
      String sep = "";
      for (Map.Entry<String, String> p : comparison.fixed().entrySet()) {
        out.append(sep).append(p.getKey()).append('=').append(shortValue(p.getValue()));
        sep = ", ";
      }
      out.append(')');
    }
    String perOperation = articlesPerOperation(comparison);
    if (perOperation != null) {
      out.append("\n\n").append(perOperation);
    }
    out.append("\n\n| method | configuration |");
    StringBuilder rule = new StringBuilder("|---|---|");
    for (BenchFigure f : comparison.figures()) {
      out.append(' ').append(f.label()).append(" | Lucene ").append(f.label()).append(" | ratio |");
      rule.append("---:|---:|---:|");
    }
    out.append('\n').append(rule).append('\n');
    for (BenchComparison.Row row : comparison.rows()) {
      out.append("| ").append(BenchComparison.displayName(row.result()))
          .append(" | ").append(row.configuration().isEmpty() ? "-" : row.configuration()).append(" |");
      // a baseline run alone (e.g. --include 'IndexingBenchmark.baseline') is Lucene's, not Fahras's;
      // AnalysisBenchmark's baseline is the harness alone, beside analyzers that name Lucene's
      boolean luceneAlone = row.baseline() == null && row.result().isBaseline() && comparison.baselineIsLucene();
      for (BenchFigure f : comparison.figures()) {
        out.append(' ').append(luceneAlone ? "-" : scoreText(f, row.result())).append(" | ")
            .append(luceneAlone ? scoreText(f, row.result()) : row.baseline() == null ? "-" : scoreText(f, row.baseline()))
            .append(" | ")
            .append(row.baseline() == null ? "-" : String.format(Locale.ROOT, "%.2fx", row.ratio(f))).append(" |");
      }
      out.append('\n');
    }
    out.append('\n').append("ratio = Fahras / Lucene in the same run; ")
        .append(higherIsBetter ? "higher is better" : "lower is better")
        .append("; ± is JMH's 99.9% confidence half-width (or half the min-max range with too few iterations).\n");
    for (String line : comparison.threadScaling()) {
      out.append("- ").append(line).append('\n');
    }
    return out.toString();
  }

  /**
   * A line saying how many articles each operation indexed when that is fewer than the {@code batch}
   * parameter (a corpus smaller than the batch), from the {@code articles} counter over the operations
   * per second; null otherwise.
   */
  static String articlesPerOperation(BenchComparison comparison) {
    String batch = comparison.fixed().get("batch");
    BenchResult r = comparison.rows().get(0).result();
    BenchResult.Metric articles = r.metrics().get("articles");
    BenchResult.Metric operations = r.metrics().get(BenchResult.PRIMARY);
    if (batch == null || articles == null || operations == null || !r.higherIsBetter() || !(operations.score() > 0)) {
      return null;
    }
    long perOperation = Math.round(articles.score() / operations.score());
    return perOperation < Long.parseLong(batch)
        ? "Each operation indexed " + perOperation + " articles, all the corpus holds (fewer than batch=" + batch + ")."
        : null;
  }

  private static String scoreText(BenchFigure figure, BenchResult result) {
    double score = figure.score(result);
    double error = figure.error(result);
    String pattern = Math.abs(score) >= 100 ? "%.0f ± %.0f" : "%.2f ± %.2f";
    return String.format(Locale.ROOT, pattern, score, error);
  }

  /** The file name of a path-like value, so a corpus path stays short in a heading. */
  static String shortValue(String value) {
    int slash = Math.max(value.lastIndexOf('/'), value.lastIndexOf('\\'));
    return slash >= 0 && slash < value.length() - 1 ? value.substring(slash + 1) : value;
  }
}
