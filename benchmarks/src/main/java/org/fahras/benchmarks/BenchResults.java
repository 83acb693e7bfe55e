package org.fahras.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the JSON file JMH writes with {@code -rf json} into {@link BenchResult}s. */
public final class BenchResults {

  private static final ObjectMapper JSON = new ObjectMapper();

  private BenchResults() {}

  /**
   * Every result of a JMH JSON file, in file order.
   *
   * @throws IOException if the file cannot be read or is not JMH's JSON (the message names it)
   */
  public static List<BenchResult> read(Path file) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException(file + ": not a JMH JSON result (malformed JSON at line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")", e);
    }
    if (root == null || !root.isArray()) {
      throw new IOException(file + ": not a JMH JSON result (expected a JSON array)");
    }
    List<BenchResult> results = new ArrayList<>();
    for (JsonNode run : root) {
      String benchmark = run.path("benchmark").asText();
      int dot = benchmark.lastIndexOf('.');
      if (dot < 0 || !run.has("primaryMetric")) {
        throw new IOException(file + ": not a JMH JSON result (entry without benchmark or primaryMetric)");
      }
      String className = benchmark.substring(benchmark.lastIndexOf('.', dot - 1) + 1, dot);
      Map<String, String> params = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> p : run.path("params").properties()) {
        params.put(p.getKey(), p.getValue().asText());
      }
      Map<String, BenchResult.Metric> metrics = new LinkedHashMap<>();
      metrics.put(BenchResult.PRIMARY, metric(run.get("primaryMetric")));
      for (Map.Entry<String, JsonNode> m : run.path("secondaryMetrics").properties()) {
        metrics.put(m.getKey(), metric(m.getValue()));
      }
      results.add(new BenchResult(className, benchmark.substring(dot + 1), run.path("mode").asText(), params, metrics));
    }
    return results;
  }

  private static BenchResult.Metric metric(JsonNode node) {
    double score = node.path("score").asDouble();
    double error = number(node.path("scoreError"));
    if (Double.isNaN(error)) {
      JsonNode percentiles = node.path("scorePercentiles");
      double min = number(percentiles.path("0.0"));
      double max = number(percentiles.path("100.0"));
      error = Double.isNaN(min) || Double.isNaN(max) ? 0 : (max - min) / 2;
    }
    return new BenchResult.Metric(score, error, node.path("scoreUnit").asText());
  }

  /** JMH writes NaN as the string "NaN". */
  private static double number(JsonNode node) {
    if (node.isNumber()) {
      return node.asDouble();
    }
    try {
      return Double.parseDouble(node.asText());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
