package org.fahras.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fahras.benchmarks.BenchCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fahras bench}: the report path and its errors (running JMH itself is too slow for a unit test). */
class BenchCommandTest {

  /** A JMH 1.37 JSON result with one Fahras result and its baseline. */
  private static final String RESULT = """
      [
        {"benchmark": "org.fahras.benchmarks.IndexingBenchmark.baseline", "mode": "thrpt",
         "params": {"batch": "500", "threads": "1"},
         "primaryMetric": {"score": 1.0, "scoreError": 0.1, "scoreUnit": "ops/s"},
         "secondaryMetrics": {"articles": {"score": 500.0, "scoreError": 50.0, "scoreUnit": "ops/s"}}},
        {"benchmark": "org.fahras.benchmarks.IndexingBenchmark.fahras", "mode": "thrpt",
         "params": {"batch": "500", "entities": "off", "threads": "1"},
         "primaryMetric": {"score": 1.2, "scoreError": 0.1, "scoreUnit": "ops/s"},
         "secondaryMetrics": {"articles": {"score": 600.0, "scoreError": 50.0, "scoreUnit": "ops/s"}}}
      ]
      """;

  @Test
  void reportWritesTheTableWithTheRatioAndTheChart(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("jmh-result.json");
    Files.writeString(json, RESULT, StandardCharsets.UTF_8);
    CommandLineTest.Run run = CommandLineTest.run("bench", "--report", json.toString(), "--out", dir.resolve("out").toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("| fahras | - | 600 ± 50 | 500 ± 50 | 1.20x |"), run.out());
    assertTrue(Files.size(dir.resolve("out/indexing.png")) > 0);
  }

  @Test
  void aMissingResultFileIsOneLine(@TempDir Path dir) {
    CommandLineTest.Run run = CommandLineTest.run("bench", "--report", dir.resolve("none.json").toString());
    assertEquals(1, run.status());
    assertTrue(run.err().startsWith("fahras bench: JMH result file not found: "), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
  }

  @Test
  void aResultFileThatIsNotJsonIsOneLineNamingIt(@TempDir Path dir) throws Exception {
    Path bad = Files.writeString(dir.resolve("notjson.json"), "[{\"benchmark\": ", java.nio.charset.StandardCharsets.UTF_8);
    CommandLineTest.Run run = CommandLineTest.run("bench", "--report", bad.toString());
    assertEquals(1, run.status());
    assertTrue(run.err().startsWith("fahras bench: " + bad + ": not a JMH JSON result (malformed JSON at line 1"),
        run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
  }

  @Test
  void reportWithARunModeIsRefusedNotIgnored(@TempDir Path dir) throws Exception {
    Path json = Files.writeString(dir.resolve("jmh-result.json"), RESULT, StandardCharsets.UTF_8);
    CommandLineTest.Run run = CommandLineTest.run("bench", "--report", json.toString(), "--full", "--out", dir.toString());
    assertEquals(2, run.status());
    assertTrue(run.err().contains("--report writes the tables of an existing result and runs nothing: drop --full"), run.err());
    CommandLineTest.Run include = CommandLineTest.run("bench", "--report", json.toString(), "--include", "Nothing");
    assertEquals(2, include.status());
    assertTrue(include.err().contains("runs nothing: drop --include"), include.err());
  }

  @Test
  void theFallbackFromSaudiNewsNetIsSaid(@TempDir Path dir) {
    String before = System.getProperty(BenchCorpus.SHARED_DATA_PROPERTY);
    System.setProperty(BenchCorpus.SHARED_DATA_PROPERTY, dir.toString());
    try {
      Path used = BenchCorpus.resolve(BenchCorpus.DEFAULT);
      String note = BenchCorpus.fallbackNote(used).orElseThrow();
      assertTrue(note.startsWith("SaudiNewsNet not found at " + dir.resolve("saudinewsnet/saudinewsnet.jsonl.gz")), note);
    } finally {
      if (before == null) {
        System.clearProperty(BenchCorpus.SHARED_DATA_PROPERTY);
      } else {
        System.setProperty(BenchCorpus.SHARED_DATA_PROPERTY, before);
      }
    }
  }

  @Test
  void aMissingCorpusIsOneLineAndRunsNothing(@TempDir Path dir) {
    CommandLineTest.Run run = CommandLineTest.run("bench", "--quick", "--corpus", dir.resolve("none.jsonl").toString(),
        "--out", dir.resolve("out").toString());
    assertEquals(1, run.status());
    assertTrue(run.err().contains("corpus file not found or not readable"), run.err());
    assertFalse(Files.exists(dir.resolve("out/jmh-result.json")));
  }
}
