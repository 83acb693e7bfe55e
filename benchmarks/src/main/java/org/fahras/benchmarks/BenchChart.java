package org.fahras.benchmarks;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/**
 * Draws a {@link BenchComparison} as one PNG with XChart: a bar panel per charted figure
 * (articles/s, MB/s, articles/CPU-s, stacked top to bottom), one group of bars per configuration,
 * one bar per method (Fahras's methods and the Lucene baseline), with error bars. Runs headless.
 */
public final class BenchChart {

  /** Size of one panel in pixels; panels are stacked top to bottom. */
  static final int PANEL_WIDTH = 960;
  static final int PANEL_HEIGHT = 420;

  private BenchChart() {}

  /**
   * Writes the chart.
   *
   * @throws IOException if the file cannot be written
   */
  public static void write(BenchComparison comparison, Path png) throws IOException {
    System.setProperty("java.awt.headless", "true");
    List<BenchResult> results = new ArrayList<>();
    for (BenchComparison.Row row : comparison.rows()) {
      results.add(row.result());
      if (row.baseline() != null && !results.contains(row.baseline())) {
        results.add(row.baseline());
      }
    }
    // The x axis: parameters every method shares; the series: method plus its own parameters.
    Set<String> shared = results.stream().filter(BenchResult::isBaseline).findFirst()
        .map(b -> b.params().keySet()).orElse(results.get(0).params().keySet());
    Map<String, Map<String, BenchResult>> series = new LinkedHashMap<>();
    Set<String> categories = new LinkedHashSet<>();
    for (BenchResult r : results) {
      String category = label(r, k -> shared.contains(k), comparison.fixed());
      String name = seriesName(r, shared, comparison.fixed());
      categories.add(category);
      series.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(category, r);
    }
    List<BufferedImage> panels = new ArrayList<>();
    for (BenchFigure figure : comparison.figures().stream().filter(BenchFigure::charted).toList()) {
      CategoryChart chart = new CategoryChartBuilder().width(PANEL_WIDTH).height(PANEL_HEIGHT)
          .title(comparison.benchmarkClass() + ": " + figure.label())
          .xAxisTitle(String.join(", ", shared.stream().filter(k -> !comparison.fixed().containsKey(k)).toList()))
          .yAxisTitle(figure.label() + (results.get(0).higherIsBetter() ? " (higher is better)" : " (lower is better)"))
          .build();
      chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
      chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
      chart.getStyler().setErrorBarsColor(Color.BLACK);
      chart.getStyler().setChartBackgroundColor(Color.WHITE);
      chart.getStyler().setYAxisMin(0.0);
      List<String> xs = new ArrayList<>(categories);
      series.forEach((name, byCategory) -> {
        List<Double> ys = new ArrayList<>();
        List<Double> errors = new ArrayList<>();
        for (String x : xs) {
          BenchResult r = byCategory.get(x);
          ys.add(r == null ? 0.0 : figure.score(r));
          errors.add(r == null ? 0.0 : figure.error(r));
        }
        chart.addSeries(name, xs, ys, errors);
      });
      panels.add(BitmapEncoder.getBufferedImage(chart));
    }
    BufferedImage image = new BufferedImage(PANEL_WIDTH, PANEL_HEIGHT * panels.size(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      for (int i = 0; i < panels.size(); i++) {
        g.drawImage(panels.get(i), 0, i * PANEL_HEIGHT, null);
      }
    } finally {
      g.dispose();
    }
    Files.createDirectories(png.toAbsolutePath().getParent());
    if (!ImageIO.write(image, "png", png.toFile())) {
      throw new IOException("no PNG writer available for " + png);
    }
  }

  private static String label(BenchResult r, Predicate<String> keep, Map<String, String> fixed) {
    String label = r.params().entrySet().stream()
        .filter(p -> keep.test(p.getKey()) && !fixed.containsKey(p.getKey()))
        .map(p -> p.getKey() + "=" + p.getValue())
        .collect(Collectors.joining(" "));
    return label.isEmpty() ? "-" : label;
  }

  private static String seriesName(BenchResult r, Set<String> shared, Map<String, String> fixed) {
    if (r.isBaseline()) {
      return "Lucene (baseline)";
    }
    String own = r.params().entrySet().stream()
        .filter(p -> !shared.contains(p.getKey()))
        .map(p -> p.getKey() + "=" + p.getValue())
        .collect(Collectors.joining(" "));
    return own.isEmpty() ? r.method() : r.method() + " " + own;
  }
}
