package org.fahras.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityCostBreakdownTest {

  @TempDir Path dir;

  /** A small run prints the five parts, each a positive time, and the derived figures. */
  @Test
  void printsEveryPartPerArticle() throws Exception {
    Path corpus = TinyCorpus.write(dir);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      EntityCostBreakdown.main(new String[] {corpus.toString(), "20", "3"});
    } finally {
      System.setOut(out);
    }
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertTrue(lines.get(0).startsWith(TinyCorpus.ARTICLES + " articles of " + corpus + " (" + TinyCorpus.ARTICLES
        + " documents per index), 1 counted rounds"), lines.get(0));
    List<String> parts = List.of("index", "index + fields", "recognize", "index + recognize", "... grouped");
    for (int p = 0; p < parts.size(); p++) {
      String line = lines.get(1 + p).strip();
      assertTrue(line.startsWith(parts.get(p) + " "), line);
      double micros = Double.parseDouble(line.substring(parts.get(p).length()).strip());
      assertTrue(micros > 0, line);
    }
    assertTrue(lines.get(6).strip().matches(
        "entity fields in Lucene: -?[0-9.]+; sharing the thread: -?[0-9.]+; on/off: [0-9.]+x \\(add\\), [0-9.]+x \\(grouped\\)"),
        lines.get(6));
    assertEquals(7, lines.size(), String.join("\n", lines));
  }

  @Test
  void rejectsAGroupBelowOne() throws Exception {
    Path corpus = TinyCorpus.write(dir);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EntityCostBreakdown.main(new String[] {corpus.toString(), "20", "3", "0"}));
    assertEquals("GROUP must be >= 1, got 0", e.getMessage());
  }
}
