package org.fahras.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * A figure to compare across results, read from one metric and optionally divided by the CPU time
 * the forked JVM spent: {@code articles} counted per second gives articles/s; {@code bytes} per
 * second gives MB/s (1 MB = 1,000,000 bytes); {@code articles} divided by {@code cpuMs} gives
 * articles per CPU-second, which other processes on a shared machine disturb much less than
 * wall-clock rates; {@code cpuMs} alone gives the cores the JVM kept busy.
 *
 * @param label what the column or axis shows, e.g. {@code articles/s}
 * @param metric the key in {@link BenchResult#metrics()}
 * @param scale multiplies the metric's score and error
 * @param perCpu true to divide by the CPU-seconds per second of the {@value #CPU_MS} metric
 * @param charted true to draw it in the chart (false for diagnostics such as cores busy)
 */
public record BenchFigure(String label, String metric, double scale, boolean perCpu, boolean charted) {

  /** The aux counter of process CPU milliseconds spent in the operations. */
  public static final String CPU_MS = "cpuMs";

  /** The score of this figure in a result, scaled; NaN when the result lacks the metric. */
  public double score(BenchResult result) {
    BenchResult.Metric m = result.metrics().get(metric);
    return m == null ? Double.NaN : m.score() * scale / cpuSecondsPerSecond(result);
  }

  /**
   * The error-bar half-width of this figure in a result, scaled; for a per-CPU figure, the error of
   * the numerator only (the CPU time is measured, not sampled, so its spread is small).
   */
  public double error(BenchResult result) {
    BenchResult.Metric m = result.metrics().get(metric);
    return m == null ? Double.NaN : m.error() * scale / cpuSecondsPerSecond(result);
  }

  private double cpuSecondsPerSecond(BenchResult result) {
    if (!perCpu) {
      return 1;
    }
    BenchResult.Metric cpu = result.metrics().get(CPU_MS);
    return cpu == null ? Double.NaN : cpu.score() / 1000;
  }

  /**
   * The figures of a result: its aux counters (secondary metrics in the primary metric's unit; a
   * profiler's metrics are left out) when it has any, else the primary metric in JMH's unit.
   */
  public static List<BenchFigure> of(BenchResult result) {
    List<BenchFigure> figures = new ArrayList<>();
    boolean hasCpu = result.metrics().containsKey(CPU_MS);
    String primaryUnit = result.metrics().get(BenchResult.PRIMARY).unit();
    for (var entry : result.metrics().entrySet()) {
      String name = entry.getKey();
      boolean perSecond = entry.getValue().unit().equals("ops/s");
      // aux counters share the primary metric's unit; profiler outputs (gc.*, stack) do not
      if (name.equals(BenchResult.PRIMARY) || name.equals(CPU_MS) || !entry.getValue().unit().equals(primaryUnit)) {
        continue;
      }
      if (name.equals("bytes") && perSecond) {
        figures.add(new BenchFigure("MB/s", name, 1e-6, false, true));
      } else {
        figures.add(new BenchFigure(perSecond ? name + "/s" : name + " " + entry.getValue().unit(), name, 1, false, true));
      }
    }
    if (figures.isEmpty()) {
      figures.add(new BenchFigure(result.metrics().get(BenchResult.PRIMARY).unit(), BenchResult.PRIMARY, 1, false, true));
    } else if (hasCpu) {
      BenchFigure first = figures.get(0);
      figures.add(new BenchFigure(first.metric() + "/CPU-s", first.metric(), first.scale(), true, true));
      figures.add(new BenchFigure("cores busy", CPU_MS, 1e-3, false, false));
    }
    return figures;
  }
}
