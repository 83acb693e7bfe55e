package org.fahras.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One regression (Anserini style): a named data set, how to evaluate it, and the figures expected
 * for each analyzer row, to 4 decimals. Read from the JSON files under {@code regressions/} on the
 * classpath (listed in {@code regressions/index.txt}).
 *
 * @param name the set, e.g. {@code arcd-train}
 * @param kind {@code retrieval}, {@code conflation} or {@code quran}
 * @param files data files, relative to the shared data folder: for retrieval corpus, queries,
 *     qrels; for conflation the UD file; for quran the verses file
 * @param fields indexed fields (retrieval only)
 * @param rankings the rankings evaluated (retrieval only; {@code "rankings": ["bag", "fahras"]} in
 *     the file, bag alone when absent)
 * @param expected per row label ({@link Ranking#label}), metric name to expected value
 */
public record RegressionSpec(
    String name,
    String kind,
    Map<String, String> files,
    List<String> fields,
    List<Ranking> rankings,
    Map<String, Map<String, Double>> expected) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Every bundled regression, in index order.
   *
   * @throws UncheckedIOException if a bundled file is missing or malformed
   */
  public static List<RegressionSpec> bundled() {
    List<RegressionSpec> specs = new ArrayList<>();
    try (InputStream index = resource("index.txt")) {
      for (String line : new String(index.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .split("\n")) {
        String file = line.strip();
        if (!file.isEmpty() && !file.startsWith("#")) {
          try (InputStream in = resource(file)) {
            specs.add(parse(file, JSON.readTree(in)));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read bundled regressions: " + e.getMessage(), e);
    }
    return specs;
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = RegressionSpec.class.getResourceAsStream("/regressions/" + name);
    if (in == null) {
      throw new IOException("missing resource regressions/" + name);
    }
    return in;
  }

  private static RegressionSpec parse(String file, JsonNode root) throws IOException {
    for (String field : List.of("name", "kind", "files", "expected")) {
      if (!root.has(field)) {
        throw new IOException("regressions/" + file + ": missing field '" + field + "'");
      }
    }
    Map<String, String> files = new LinkedHashMap<>();
    root.get("files").properties().forEach(e -> files.put(e.getKey(), e.getValue().asText()));
    List<String> fields = new ArrayList<>();
    if (root.has("fields")) {
      root.get("fields").forEach(f -> fields.add(f.asText()));
    }
    Map<String, Map<String, Double>> expected = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> row : root.get("expected").properties()) {
      Map<String, Double> metrics = new LinkedHashMap<>();
      row.getValue().properties().forEach(m -> metrics.put(m.getKey(), m.getValue().asDouble()));
      expected.put(row.getKey(), metrics);
    }
    List<Ranking> rankings = new ArrayList<>();
    if (root.has("rankings")) {
      for (JsonNode r : root.get("rankings")) {
        try {
          rankings.add(Ranking.named(r.asText()));
        } catch (IllegalArgumentException e) {
          throw new IOException("regressions/" + file + ": " + e.getMessage(), e);
        }
      }
    } else {
      rankings.add(Ranking.BAG);
    }
    return new RegressionSpec(root.get("name").asText(), root.get("kind").asText(), files,
        List.copyOf(fields), List.copyOf(rankings), expected);
  }
}
