package org.fahras.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCorpusTest {

  @TempDir
  Path folder;

  @Test
  void anExplicitCorpusMustExist() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BenchCorpus.resolve(folder.resolve("missing.jsonl").toString()));
    assertTrue(e.getMessage().contains("missing.jsonl"), e.getMessage());
  }

  @Test
  void loadStopsAtTheBatchSize() throws Exception {
    ArticleBatch batch = BenchCorpus.load(TinyCorpus.write(folder), 2);
    assertEquals(2, batch.size());
    assertEquals("t2", batch.articles().get(1).id());
  }

  @Test
  void theBatchSizeCountsUtf8BytesOfEveryTextField() throws Exception {
    ArticleBatch batch = BenchCorpus.load(TinyCorpus.write(folder), 1);
    var a = batch.articles().get(0);
    long expected = 0;
    for (String s : new String[] {a.id(), a.title(), a.body(), a.source(), a.url(), a.author()}) {
      expected += s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }
    assertEquals(expected, batch.utf8Bytes());
    // Arabic letters take 2 bytes in UTF-8: more bytes than chars
    assertTrue(batch.utf8Bytes() > a.body().length() + a.title().length());
  }
}
