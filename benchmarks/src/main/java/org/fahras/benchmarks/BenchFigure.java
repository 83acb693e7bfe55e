package org.fahras.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * A figure to compare across results, read from one metric: {@code articles} counted per second
 * gives articles/s; {@code bytes} per second gives MB/s (1 MB = 1,000,000 bytes).
 *
 * @param label what the column or axis shows, e.g. {@code articles/s}
 * @param metric the key in {@link BenchResult#metrics()}
 * @param scale multiplies the metric's score and error
 */
public record BenchFigure(String label, String metric, double scale) {

  /** The score of this figure in a result, scaled. */
  public double score(BenchResult result) {
    BenchResult.Metric m = result.metrics().get(metric);
    return m == null ? Double.NaN : m.score() * scale;
  }

  /** The error-bar half-width of this figure in a result, scaled. */
  public double error(BenchResult result) {
    BenchResult.Metric m = result.metrics().get(metric);
    return m == null ? Double.NaN : m.error() * scale;
  }

  /**
   * The figures of a result: its secondary metrics (aux counters) when it has any, else the primary
   * metric in JMH's unit.
   */
  public static List<BenchFigure> of(BenchResult result) {
    List<BenchFigure> figures = new ArrayList<>();
    for (var entry : result.metrics().entrySet()) {
      String name = entry.getKey();
      if (name.equals(BenchResult.PRIMARY)) {
        continue;
      }
      boolean perSecond = entry.getValue().unit().equals("ops/s");
      if (name.equals("bytes") && perSecond) {
        figures.add(new BenchFigure("MB/s", name, 1e-6));
      } else {
        figures.add(new BenchFigure(perSecond ? name + "/s" : name + " " + entry.getValue().unit(), name, 1));
      }
    }
    if (figures.isEmpty()) {
      figures.add(new BenchFigure(result.metrics().get(BenchResult.PRIMARY).unit(), BenchResult.PRIMARY, 1));
    }
    return figures;
  }
}
