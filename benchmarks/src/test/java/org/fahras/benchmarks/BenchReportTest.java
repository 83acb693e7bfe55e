package org.fahras.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads a JMH JSON result (a fixture in JMH 1.37's format) into ratios, a table and a chart. */
class BenchReportTest {

  @TempDir
  Path folder;

  private Path sample() throws Exception {
    Path json = folder.resolve("jmh-result.json");
    try (InputStream in = BenchReportTest.class.getResourceAsStream("jmh-result-sample.json")) {
      Files.copy(in, json);
    }
    return json;
  }

  @Test
  void eachFahrasResultIsPairedWithTheBaselineOfTheSameConfiguration() throws Exception {
    List<BenchComparison> comparisons = BenchComparison.of(BenchResults.read(sample()));
    assertEquals(1, comparisons.size());
    BenchComparison indexing = comparisons.get(0);
    assertEquals("IndexingBenchmark", indexing.benchmarkClass());
    assertEquals(List.of("articles/s", "MB/s", "articles/CPU-s", "cores busy"), indexing.figures().stream().map(BenchFigure::label).toList());
    assertEquals(2, indexing.rows().size());
    BenchComparison.Row twoThreads = indexing.rows().get(1);
    assertEquals("2", twoThreads.result().params().get("threads"));
    assertEquals("2", twoThreads.baseline().params().get("threads"));
    assertEquals(990.0 / 900.0, twoThreads.ratio(indexing.figures().get(0)), 1e-9);
    assertEquals(3.96, indexing.figures().get(1).score(twoThreads.result()), 1e-9);
    assertEquals(990.0 / 1.7, indexing.figures().get(2).score(twoThreads.result()), 1e-9);
    assertEquals(1.7, indexing.figures().get(3).score(twoThreads.result()), 1e-9);
  }

  @Test
  void aMissingConfidenceIntervalFallsBackToHalfTheRange() throws Exception {
    BenchResult baselineTwoThreads = BenchResults.read(sample()).get(1);
    assertEquals(0.09, baselineTwoThreads.metrics().get(BenchResult.PRIMARY).error(), 1e-9);
  }

  @Test
  void theReportWritesTableAndChart() throws Exception {
    StringWriter printed = new StringWriter();
    List<Path> files = BenchReport.write(sample(), folder.resolve("out"), new PrintWriter(printed, true));
    assertEquals(List.of(folder.resolve("out/indexing.md"), folder.resolve("out/indexing.png")), files);
    String table = Files.readString(files.get(0), StandardCharsets.UTF_8);
    assertTrue(table.contains("| fahras | threads=1 | 550 ± 50 | 500 ± 50 | 1.10x | 2.20 ± 0.20 | 2.00 ± 0.20 | 1.10x | 611 ± 56 | 556 ± 56 | 1.10x |"), table);
    assertTrue(table.contains("fahras: threads=2 / threads=1 = 1.80x (articles/s); cores busy 1.70 vs 0.90"), table);
    assertTrue(printed.toString().contains(table));
    BufferedImage png = ImageIO.read(files.get(1).toFile());
    assertEquals(BenchChart.PANEL_WIDTH, png.getWidth());
    assertEquals(3 * BenchChart.PANEL_HEIGHT, png.getHeight(), "panels: articles/s, MB/s, articles/CPU-s");
  }

  private static BenchResult result(String className, String method, Map<String, String> params, double score) {
    return new BenchResult(className, method, "thrpt", params,
        Map.of(BenchResult.PRIMARY, new BenchResult.Metric(score, 0, "ops/s")));
  }

  @Test
  void anAnalyzerParameterFahrasIsComparedWithItsFirstLuceneValue() {
    List<BenchResult> results = List.of(
        result("AnalysisBenchmark", "analyze", Map.of("analyzer", "fahras"), 10),
        result("AnalysisBenchmark", "analyze", Map.of("analyzer", "lucene-arabic"), 20),
        result("AnalysisBenchmark", "analyze", Map.of("analyzer", "lucene-standard"), 40),
        result("AnalysisBenchmark", "baseline", Map.of("analyzer", "fahras"), 1000));
    BenchComparison analysis = BenchComparison.of(results).get(0);
    assertEquals(List.of("analyze analyzer=fahras", "analyze analyzer=lucene-standard", "baseline analyzer=fahras"),
        analysis.rows().stream().map(r -> r.result().method() + " " + r.configuration()).toList());
    assertEquals(0.5, analysis.rows().get(0).ratio(analysis.figures().get(0)), 1e-9);
    assertEquals(null, analysis.rows().get(1).baseline());
    assertEquals(null, analysis.rows().get(2).baseline());
  }

  @Test
  void aFahrasMethodIsComparedWithTheLuceneMethodOfTheSameName() {
    List<BenchResult> results = List.of(
        result("QueryLatencyBenchmark", "fahrasTerm", Map.of(), 3),
        result("QueryLatencyBenchmark", "luceneTerm", Map.of(), 2),
        result("QueryLatencyBenchmark", "fahrasTermSnippets", Map.of(), 1));
    BenchComparison query = BenchComparison.of(results).get(0);
    assertEquals(List.of("fahrasTerm", "fahrasTermSnippets"),
        query.rows().stream().map(r -> r.result().method()).toList());
    assertEquals("luceneTerm", query.rows().get(0).baseline().method());
    assertEquals(1.5, query.rows().get(0).ratio(query.figures().get(0)), 1e-9);
    assertEquals(null, query.rows().get(1).baseline());
  }

  /** A corpus smaller than the batch: the table says how many articles each operation indexed. */
  @Test
  void aCorpusSmallerThanTheBatchIsNamedAboveTheTable() throws Exception {
    List<BenchResult> full = BenchResults.read(sample());
    assertTrue(BenchTable.format(BenchComparison.of(full).get(0)).lines().noneMatch(l -> l.startsWith("Each operation")),
        "1,000 articles per operation, as the batch says");
    List<BenchResult> small = full.stream().map(r -> {
      Map<String, BenchResult.Metric> metrics = new java.util.LinkedHashMap<>(r.metrics());
      metrics.put("articles", new BenchResult.Metric(r.metrics().get(BenchResult.PRIMARY).score() * 146, 1, "ops/s"));
      return new BenchResult(r.benchmarkClass(), r.method(), r.mode(), r.params(), metrics);
    }).toList();
    String table = BenchTable.format(BenchComparison.of(small).get(0));
    assertEquals("Each operation indexed 146 articles, all the corpus holds (fewer than batch=1000).",
        table.lines().skip(2).findFirst().orElseThrow(), table);
  }

  @Test
  void fileNamesAreKebabCaseWithoutBenchmark() {
    assertEquals("query-latency", BenchReport.fileName("QueryLatencyBenchmark"));
    assertEquals("indexing", BenchReport.fileName("IndexingBenchmark"));
  }

  @Test
  void aBaselineRunAloneFillsTheLuceneColumns() throws Exception {
    List<BenchResult> baselines = BenchResults.read(sample()).stream().filter(BenchResult::isBaseline).toList();
    assertEquals(2, baselines.size());
    String table = BenchTable.format(BenchComparison.of(baselines).get(0));
    String row = table.lines().filter(l -> l.startsWith("| baseline |")).findFirst().orElseThrow();
    String[] cells = row.split("\\|");
    assertEquals("-", cells[3].strip(), "no Fahras figure: " + row);
    assertTrue(cells[4].strip().matches("[0-9]+ ± [0-9.]+"), "Lucene's articles/s: " + row);
    assertEquals("-", cells[5].strip(), "no ratio: " + row);
  }

  @Test
  void anAnalysisHarnessBaselineStaysInTheFahrasColumns() throws Exception {
    Path json = folder.resolve("analysis.json");
    try (InputStream in = BenchReportTest.class.getResourceAsStream("analysis-jmh-result-sample.json")) {
      Files.copy(in, json);
    }
    BenchComparison analysis = BenchComparison.of(BenchResults.read(json)).get(0);
    assertEquals(false, analysis.baselineIsLucene());
    String row = BenchTable.format(analysis).lines().filter(l -> l.startsWith("| baseline | analyzer=fahras |"))
        .findFirst().orElseThrow();
    String[] cells = row.split("\\|");
    assertTrue(cells[3].strip().matches("[0-9]+ ± [0-9.]+"), "the harness's MB/s: " + row);
    assertEquals("-", cells[4].strip(), "no Lucene figure: " + row);
  }
}
