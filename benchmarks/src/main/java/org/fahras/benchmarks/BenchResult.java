package org.fahras.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of a JMH result: a benchmark method under one set of parameters.
 *
 * @param benchmarkClass simple name of the benchmark class, e.g. {@code IndexingBenchmark}
 * @param method the benchmark method, e.g. {@code fahras} or {@code baseline}
 * @param mode JMH's mode id: {@code thrpt} (higher is better), {@code avgt}, {@code sample},
 *     {@code ss} (lower is better)
 * @param params the {@code @Param} values, in JMH's order
 * @param metrics the primary metric under the key {@value #PRIMARY}, then the secondary ones (aux
 *     counters such as {@code articles}, {@code bytes}) by name
 */
public record BenchResult(
    String benchmarkClass, String method, String mode, Map<String, String> params, Map<String, Metric> metrics) {

  /** The key of the primary metric in {@link #metrics()}. */
  public static final String PRIMARY = "primary";

  /**
   * One measured figure.
   *
   * @param score the mean over all measurement iterations of all forks
   * @param error half-width of the error bar, in the score's unit: JMH's 99.9% confidence
   *     half-width, or half the min-max range when JMH had too few iterations to give one
   * @param unit JMH's unit, e.g. {@code ops/s} or {@code us/op}
   */
  public record Metric(double score, double error, String unit) {}

  public BenchResult {
    params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
  }

  /** True for the reference implementation of a benchmark class (bare Lucene). */
  public boolean isBaseline() {
    return "baseline".equals(method);
  }

  /** True when a higher score is better (throughput mode). */
  public boolean higherIsBetter() {
    return "thrpt".equals(mode);
  }
}
