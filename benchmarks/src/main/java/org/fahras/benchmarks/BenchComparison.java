package org.fahras.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The results of one benchmark class, each beside the {@code baseline} result (bare Lucene) of the
 * same configuration from the same run.
 *
 * <p>The Lucene result of each row is found by {@link #reference}: a {@code baseline} method matches
 * a result when every parameter of the baseline has the same value in the result (parameters only
 * the Fahras side has, such as {@code entities}, do not split the baseline).
 *
 * @param benchmarkClass the class's simple name
 * @param rows one per result that is not another row's Lucene reference
 * @param figures the figures to show, in order
 * @param fixed parameters with one value across the class's results (shown once, not per row)
 */
public record BenchComparison(
    String benchmarkClass, List<Row> rows, List<BenchFigure> figures, Map<String, String> fixed) {

  /**
   * @param result the measured result
   * @param baseline the baseline of the same configuration, or null if none was run
   * @param configuration the parameters that vary between rows, as {@code name=value} words
   */
  public record Row(BenchResult result, BenchResult baseline, String configuration) {

    /** result / baseline for a figure, or NaN without a baseline. */
    public double ratio(BenchFigure figure) {
      return baseline == null ? Double.NaN : figure.score(result) / figure.score(baseline);
    }
  }

  /**
   * Whether the class's {@code baseline} method measures bare Lucene (as in {@code IndexingBenchmark}),
   * not the harness alone (as in {@code AnalysisBenchmark}, whose Lucene side is a parameter value
   * such as {@code analyzer=lucene-arabic}): true when no result of the class is a Lucene variant by
   * method name or parameter value.
   */
  public boolean baselineIsLucene() {
    for (Row row : rows) {
      for (BenchResult r : new BenchResult[] {row.result(), row.baseline()}) {
        if (r != null && (r.method().startsWith("lucene")
            || r.params().values().stream().anyMatch(v -> v.startsWith("lucene")))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Groups results by benchmark class, in the order of first appearance. */
  public static List<BenchComparison> of(List<BenchResult> results) {
    Map<String, List<BenchResult>> byClass = new LinkedHashMap<>();
    for (BenchResult r : results) {
      byClass.computeIfAbsent(r.benchmarkClass(), k -> new ArrayList<>()).add(r);
    }
    List<BenchComparison> out = new ArrayList<>();
    byClass.forEach((name, list) -> out.add(ofClass(name, list)));
    return out;
  }

  private static BenchComparison ofClass(String name, List<BenchResult> results) {
    Map<String, Set<String>> values = new LinkedHashMap<>();
    for (BenchResult r : results) {
      r.params().forEach((k, v) -> values.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(v));
    }
    Map<String, String> fixed = new LinkedHashMap<>();
    values.forEach((k, v) -> {
      if (v.size() == 1) {
        fixed.put(k, v.iterator().next());
      }
    });
    Map<BenchResult, BenchResult> references = new LinkedHashMap<>();
    for (BenchResult r : results) {
      BenchResult reference = reference(r, results);
      if (reference != null) {
        references.put(r, reference);
      }
    }
    Set<BenchResult> usedAsReference = new java.util.HashSet<>(references.values());
    List<Row> rows = new ArrayList<>();
    for (BenchResult r : results) {
      if (!usedAsReference.contains(r)) {
        rows.add(new Row(r, references.get(r), configuration(r, fixed)));
      }
    }
    return new BenchComparison(name, rows, BenchFigure.of(results.get(0)), fixed);
  }

  /**
   * The Lucene result to compare a result with, by the first convention that applies: a parameter
   * value {@code fahras} is compared with the same method where that parameter's first value
   * starting with {@code lucene} ({@code analyzer=fahras} with {@code analyzer=lucene-arabic}); a
   * method {@code fahrasX} with {@code luceneX} of the same parameters; any other method with the
   * method {@code baseline} of matching parameters. Null when none applies.
   */
  static BenchResult reference(BenchResult r, List<BenchResult> results) {
    if (r.isBaseline() || r.method().startsWith("lucene")
        || r.params().values().stream().anyMatch(v -> v.startsWith("lucene"))) {
      return null; // a reference itself, or a Lucene variant: nothing to compare it with
    }
    for (Map.Entry<String, String> p : r.params().entrySet()) {
      if (p.getValue().equals("fahras")) {
        for (BenchResult other : results) {
          if (other.method().equals(r.method()) && other.params().get(p.getKey()).startsWith("lucene")
              && sameExcept(other, r, p.getKey())) {
            return other;
          }
        }
      }
    }
    if (r.method().startsWith("fahras") && r.method().length() > "fahras".length()) {
      String lucene = "lucene" + r.method().substring("fahras".length());
      for (BenchResult other : results) {
        if (other.method().equals(lucene) && other.params().equals(r.params())) {
          return other;
        }
      }
    }
    for (BenchResult other : results) {
      if (other.isBaseline() && matches(other, r)) {
        return other;
      }
    }
    return null;
  }

  private static boolean sameExcept(BenchResult a, BenchResult b, String key) {
    Map<String, String> pa = new LinkedHashMap<>(a.params());
    Map<String, String> pb = new LinkedHashMap<>(b.params());
    pa.remove(key);
    pb.remove(key);
    return pa.equals(pb);
  }

  private static boolean matches(BenchResult baseline, BenchResult result) {
    return baseline.params().entrySet().stream()
        .allMatch(p -> p.getValue().equals(result.params().get(p.getKey())));
  }

  /** The non-fixed parameters of a result as {@code name=value} words, in JMH's order. */
  static String configuration(BenchResult r, Map<String, String> fixed) {
    return r.params().entrySet().stream()
        .filter(p -> !fixed.containsKey(p.getKey()))
        .map(p -> p.getKey() + "=" + p.getValue())
        .collect(Collectors.joining(" "));
  }

  /**
   * Thread scaling: for each row with {@code threads} > 1, its first figure divided by the same
   * method's figure at {@code threads=1} with every other parameter equal.
   *
   * @return lines such as {@code fahras ramBufferMb=64: threads=2 / threads=1 = 1.71x}
   */
  public List<String> threadScaling() {
    List<String> lines = new ArrayList<>();
    BenchFigure figure = figures.get(0);
    List<BenchResult> all = new ArrayList<>();
    for (Row row : rows) {
      all.add(row.result());
      if (row.baseline() != null && !all.contains(row.baseline())) {
        all.add(row.baseline());
      }
    }
    for (BenchResult r : all) {
      String threads = r.params().get("threads");
      if (threads == null || threads.equals("1")) {
        continue;
      }
      for (BenchResult one : all) {
        if (one.method().equals(r.method()) && "1".equals(one.params().get("threads")) && sameExceptThreads(one, r)) {
          String config = r.params().entrySet().stream()
              .filter(p -> !p.getKey().equals("threads") && !fixed.containsKey(p.getKey()))
              .map(p -> p.getKey() + "=" + p.getValue()).collect(Collectors.joining(" "));
          String line = String.format(Locale.ROOT, "%s: threads=%s / threads=1 = %.2fx (%s)",
              config.isEmpty() ? displayName(r) : displayName(r) + " " + config,
              threads, figure.score(r) / figure.score(one), figure.label());
          BenchResult.Metric cpuMany = r.metrics().get(BenchFigure.CPU_MS);
          BenchResult.Metric cpuOne = one.metrics().get(BenchFigure.CPU_MS);
          if (cpuMany != null && cpuOne != null) {
            line += String.format(Locale.ROOT, "; cores busy %.2f vs %.2f", cpuMany.score() / 1000, cpuOne.score() / 1000);
          }
          lines.add(line);
        }
      }
    }
    return lines;
  }

  private static boolean sameExceptThreads(BenchResult a, BenchResult b) {
    return sameExcept(a, b, "threads");
  }

  /** The name shown for a result: its method. */
  public static String displayName(BenchResult r) {
    return r.method();
  }
}
