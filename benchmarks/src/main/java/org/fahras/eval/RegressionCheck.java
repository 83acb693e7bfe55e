package org.fahras.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs a {@link RegressionSpec} on the shared data and compares every figure, rounded to 4
 * decimals, with the expected one: any difference, up or down, is a mismatch. A figure changes
 * only in a commit that updates the regression file and says why.
 */
public final class RegressionCheck {

  private RegressionCheck() {}

  /** The outcome of one regression. */
  public record Outcome(RegressionSpec spec, Map<String, Map<String, Double>> actual,
      List<String> mismatches) {

    /** The actual figures as the JSON "expected" object to paste into the regression file. */
    public String actualAsJson() {
      StringBuilder out = new StringBuilder("{\n");
      int r = 0;
      for (Map.Entry<String, Map<String, Double>> row : actual.entrySet()) {
        out.append("    \"").append(row.getKey()).append("\": {");
        int m = 0;
        for (Map.Entry<String, Double> metric : row.getValue().entrySet()) {
          out.append(m++ == 0 ? "" : ", ").append(String.format(Locale.ROOT, "\"%s\": %.4f",
              metric.getKey(), metric.getValue()));
        }
        out.append(r++ < actual.size() - 1 ? "},\n" : "}\n");
      }
      return out.append("  }").toString();
    }
  }

  /** True if every data file of the spec exists under {@code sharedData}. */
  public static boolean dataPresent(RegressionSpec spec, Path sharedData) {
    return spec.files().values().stream().allMatch(f -> Files.isRegularFile(sharedData.resolve(f)));
  }

  /**
   * @throws IOException if the data cannot be read
   * @throws IllegalArgumentException if the spec's kind is unknown
   */
  public static Outcome run(RegressionSpec spec, Path sharedData) throws IOException {
    Map<String, Map<String, Double>> actual = new LinkedHashMap<>();
    for (AnalyzerPair analyzer : List.of(AnalyzerPair.fahras(), AnalyzerPair.luceneArabic())) {
      try {
        actual.putAll(measure(spec, analyzer, sharedData));
      } finally {
        analyzer.index().close();
        analyzer.query().close();
      }
    }
    List<String> mismatches = new ArrayList<>();
    for (Map.Entry<String, Map<String, Double>> row : actual.entrySet()) {
      Map<String, Double> expected = spec.expected().getOrDefault(row.getKey(), Map.of());
      for (Map.Entry<String, Double> metric : row.getValue().entrySet()) {
        Double want = expected.get(metric.getKey());
        String got = String.format(Locale.ROOT, "%.4f", metric.getValue());
        if (want == null || !got.equals(String.format(Locale.ROOT, "%.4f", want))) {
          mismatches.add(String.format(Locale.ROOT, "%s %s %s: expected %s, got %s", spec.name(),
              row.getKey(), metric.getKey(),
              want == null ? "(none)" : String.format(Locale.ROOT, "%.4f", want), got));
        }
      }
    }
    return new Outcome(spec, actual, mismatches);
  }

  /** The figures of one analyzer: per row label, metric name to value. */
  private static Map<String, Map<String, Double>> measure(RegressionSpec spec, AnalyzerPair analyzer,
      Path data) throws IOException {
    Map<String, Map<String, Double>> rows = new LinkedHashMap<>();
    switch (spec.kind()) {
      case "retrieval" -> {
        JudgedQueries queries = JudgedQueries.read(
            data.resolve(spec.files().get("queries")), data.resolve(spec.files().get("qrels")));
        List<RetrievalEvaluation.Run> runs = new RetrievalEvaluation(data.resolve(spec.files().get("corpus")),
            spec.fields(), spec.rankings()).evaluate(analyzer, queries);
        for (RetrievalEvaluation.Run run : runs) {
          RetrievalScores s = run.scores();
          Map<String, Double> out = new LinkedHashMap<>();
          out.put("MRR@10", s.mrr10());
          out.put("Recall@10", s.recall10());
          out.put("Recall@100", s.recall100());
          out.put("nDCG@10", s.ndcg10());
          rows.put(s.label(), out);
        }
      }
      case "conflation" -> {
        ConflationScores s = ConflationEvaluation.score(analyzer.label(), analyzer.index(),
            ConflationEvaluation.read(data.resolve(spec.files().get("ud"))));
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("precision", s.precision());
        out.put("recall", s.recall());
        out.put("F1", s.f1());
        rows.put(analyzer.label(), out);
      }
      case "quran" -> {
        QuranScores s = QuranEvaluation.score(analyzer.label(), analyzer.index(),
            QuranEvaluation.read(data.resolve(spec.files().get("verses"))));
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("F1", s.meanF1());
        out.put("identical", s.exactVerses());
        rows.put(analyzer.label(), out);
      }
      default -> throw new IllegalArgumentException(
          "regression " + spec.name() + ": unknown kind '" + spec.kind() + "'");
    }
    return rows;
  }
}
